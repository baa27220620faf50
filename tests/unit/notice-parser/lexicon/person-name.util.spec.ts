import { splitNameRun, cleanPersonMention, isPersonName, mentionedPerson, nameBeforeTitle, readPersonList } from '@renmian/notice-parser/lexicon/person-name.util';

describe('isPersonName', () => {
  it.each(['张晓明', '李华', '王建国', '欧阳丽华', '欧阳明', '司马青禾', '诸葛文', '买买提·艾力', '阿依古丽·吐尔逊'])(
    'accepts %s',
    (name) => {
      expect(isPersonName(name)).toBe(true);
    },
  );

  it.each(['张', '欧阳', '张晓明华国', '各地', '本院', '我市', '其他', '张3', 'A·B', '副市长', '青禾市'])('rejects %s', (text) => {
    expect(isPersonName(text)).toBe(false);
  });

  it('accepts a name with an unlisted surname only when lenient, and only 2–4 characters', () => {
    expect(isPersonName('禚晓明')).toBe(false);
    expect(isPersonName('禚晓明', true)).toBe(true);
    expect(isPersonName('禚明', true)).toBe(true);
    expect(isPersonName('扎西顿珠', true)).toBe(true);
    expect(isPersonName('扎西顿珠', false)).toBe(false);
    expect(isPersonName('禚晓明华明', true)).toBe(false);
  });

  it('accepts a name a page partly hid (王*明), but never a mark first', () => {
    expect(isPersonName('王*明')).toBe(true);
    expect(isPersonName('王＊＊')).toBe(true);
    expect(isPersonName('*王明')).toBe(false);
    expect(isPersonName('王*')).toBe(true);
  });

  it('rejects a subject with the story’s time word after it (吴某此前, 於上月底)', () => {
    for (const t of ['此前', '目前', '日前', '月底', '昨日', '去年']) {
      expect(isPersonName(`葛云${t}`)).toBe(false);
      expect(isPersonName(`葛云${t}`, true)).toBe(false);
    }
    expect(isPersonName('葛云舟')).toBe(true);
    expect(readPersonList('葛云舟此前')).toBeNull();
    expect(isPersonName('空缺')).toBe(false);
    expect(isPersonName('党组书记')).toBe(false);
    expect(isPersonName('王局长')).toBe(false);
    // `A再被委为…`: 再 after a name is the sentence's.
    expect(isPersonName('葛云舟再')).toBe(false);
  });

  it('rejects prose words even when lenient', () => {
    expect(isPersonName('我市', true)).toBe(false);
    expect(isPersonName('期限', true)).toBe(false);
    expect(isPersonName('三年', true)).toBe(false);
    expect(isPersonName('该同志', true)).toBe(false);
  });
});

describe('cleanPersonMention', () => {
  it('drops brackets and honorifics', () => {
    expect(cleanPersonMention('李春华（女）')).toBe('李春华');
    expect(cleanPersonMention('张晓明同志')).toBe('张晓明');
    expect(cleanPersonMention('王建国（女）同志')).toBe('王建国');
    expect(cleanPersonMention('张晓明')).toBe('张晓明');
  });
});

describe('readPersonList', () => {
  it('reads a list of names with brackets and honorifics', () => {
    expect(readPersonList('张晓明、李春华（女）、王建国同志')).toEqual(['张晓明', '李春华', '王建国']);
    expect(readPersonList('欧阳丽华')).toEqual(['欧阳丽华']);
  });

  it('drops the honorifics and degrees written after a name (議員, 碩士, 學士)', () => {
    expect(readPersonList('張學明議員')).toEqual(['張學明']);
    expect(readPersonList('楊瑞茹碩士、歐陽傑學士')).toEqual(['楊瑞茹', '歐陽傑']);
  });

  it('takes no vote or body that opens with a surname for a name (全票通过, 党组)', () => {
    expect(readPersonList('全票通过')).toBeNull();
    expect(readPersonList('党组')).toBeNull();
  });

  it('reads a long roll whose few names lack a listed surname, and a name ending in 和 before the join', () => {
    expect(readPersonList('钱明远、孙一鸣、赵书言、邵东篱、阿木古、聂青杉、卜远山、滕越')).toHaveLength(8);
    expect(readPersonList('司马清和和钱明远')).toEqual(['司马清和', '钱明远']);
  });

  it('returns null unless every item is a name', () => {
    expect(readPersonList('张晓明、各地')).toBeNull();
    expect(readPersonList('本院')).toBeNull();
    expect(readPersonList('')).toBeNull();
    expect(readPersonList('、')).toBeNull();
  });

  it('passes leniency on to each name', () => {
    expect(readPersonList('禚晓明、张晓明')).toBeNull();
    expect(readPersonList('禚晓明、张晓明', true)).toEqual(['禚晓明', '张晓明']);
  });
});

describe('nameBeforeTitle', () => {
  it.each([
    ['郑明副区长', '郑明'],
    ['钱建国市长', '钱建国'],
    ['欧阳秋实局长', '欧阳秋实'],
  ])('reads %s as %s', (text, name) => {
    expect(nameBeforeTitle(text)).toBe(name);
  });

  it.each(['副区长郑明', '郑明', '市长', '郑明同学们'])('reads nothing in %s', (text) => {
    expect(nameBeforeTitle(text)).toBeNull();
  });
});

describe('mentionedPerson', () => {
  it('finds the person a sentence opens with, or the one before a request', () => {
    expect(mentionedPerson('葛云舟因工作变动提出辞职')).toBe('葛云舟');
    expect(mentionedPerson('会议审议了钱建国市长提出的要求辞去市长职务的请求')).toBe('钱建国');
    expect(mentionedPerson('会议审议了有关事项')).toBeNull();
  });
});

describe('splitNameRun', () => {
  it('cuts names a page ran together, each with a listed surname', () => {
    expect(splitNameRun('葛云舟童岚欧阳秋实')).toEqual(['葛云舟', '童岚', '欧阳秋实']);
    expect(splitNameRun('简书航柏宁钱明远')).toEqual(['简书航', '柏宁', '钱明远']);
  });

  it('prefers the cut with the fewest names, so a name may hold 和 (司马清和)', () => {
    expect(splitNameRun('戚远司马清和钱明远')).toEqual(['戚远', '司马清和', '钱明远']);
  });

  it('reads nothing that is not names throughout, nor a name opening with a joining word', () => {
    expect(splitNameRun('青禾市财政局局长')).toBeNull();
    expect(splitNameRun('葛云舟及童岚')).toBeNull();
    expect(splitNameRun('童岚')).toBeNull();
  });
});

describe('readPersonList over a run of names', () => {
  it('cuts a run only where names alone may stand (lenient), keeping 和 between two names a join', () => {
    expect(readPersonList('葛云舟童岚钱明远', true)).toEqual(['葛云舟', '童岚', '钱明远']);
    expect(readPersonList('葛云舟童岚钱明远')).toBeNull();
    expect(readPersonList('葛云舟和童岚', true)).toEqual(['葛云舟', '童岚']);
  });
});
