import { isEditorialNote, isSignatureLike, readDateLine, startsNewsItem } from '@renmian/notice-parser/text/line-kind.util';

describe('readDateLine', () => {
  it.each([
    ['2023年12月9日', '2023-12-09'],
    ['二〇二四年三月五日', '2024-03-05'],
    ['2024年3月5日（完）', '2024-03-05'],
    ['2024年3月5日完', '2024-03-05'],
    ['2024年3月5日。', '2024-03-05'],
    ['2024年3月5日发布', '2024-03-05'],
    ['2024年3月5日印发', '2024-03-05'],
    ['（2024年3月5日）', '2024-03-05'],
    ['青禾市人民政府2024年3月5日', '2024-03-05'],
    ['云岭县人民政府二〇二四年三月二十日', '2024-03-20'],
  ])('reads %s as a signing date', (text, iso) => {
    expect(readDateLine(text)).toEqual({ kind: 'signing', iso });
  });

  it('reads a "passed at the meeting" line', () => {
    expect(readDateLine('（2025年10月24日青禾市第八届人民代表大会常务委员会第二十八次会议通过）')).toEqual({
      kind: 'passed',
      iso: '2025-10-24',
    });
    expect(readDateLine('2025年10月24日云岭县第十八届人民代表大会常务委员会第九次会议通过）')).toEqual({
      kind: 'passed',
      iso: '2025-10-24',
    });
  });

  it.each([
    '张晓明为青禾市财政局局长；',
    '1960年7月',
    '2023年2月30日',
    '任期自2024年3月5日起计算。',
    '经研究，决定自2024年3月5日',
    '张晓明同志于2024年3月5日到任，试用期一年。',
    '青禾市财政局局长张晓明同志在2024年3月5日召开的会议上当选为青禾市人民代表大会常务委员会委员',
  ])('does not read %s as a date line', (text) => {
    expect(readDateLine(text)).toBeNull();
  });

  it('rejects lines longer than 120 characters', () => {
    expect(readDateLine('青'.repeat(120) + '2024年3月5日')).toBeNull();
  });
});

describe('isSignatureLike', () => {
  it('accepts a short line without sentence punctuation', () => {
    expect(isSignatureLike('青禾市人民政府')).toBe(true);
    expect(isSignatureLike('市长张晓明')).toBe(true);
  });

  it('rejects empty, long, or punctuated lines', () => {
    expect(isSignatureLike('')).toBe(false);
    expect(isSignatureLike('青'.repeat(41))).toBe(false);
    expect(isSignatureLike('请各单位遵照执行。')).toBe(false);
    expect(isSignatureLike('青禾市人民政府，')).toBe(false);
    expect(isSignatureLike('任命：')).toBe(false);
    expect(isSignatureLike('张晓明为局长；')).toBe(false);
  });
});

describe('isEditorialNote', () => {
  it('recognises notes and closing formulas', () => {
    expect(isEditorialNote('特此通知')).toBe(true);
    expect(isEditorialNote('（责编：孙小红）')).toBe(true);
    expect(isEditorialNote('来源：青禾日报')).toBe(true);
    expect(isEditorialNote('以上人员任职时间从2024年3月1日起计算')).toBe(true);
  });

  it('does not take a clause for a note', () => {
    expect(isEditorialNote('张晓明为青禾市财政局局长')).toBe(false);
    expect(isEditorialNote('免去李春华的青禾市审计局局长职务')).toBe(false);
  });
});

describe('startsNewsItem', () => {
  it.each(['【青禾日报讯】2024年3月5日，会议决定', '本报讯 青禾市人大常委会', '新华社青禾3月5日电 记者', '东林网12月25日讯(记者某某)'])('sees a news lead in %s', (t) => {
    expect(startsNewsItem(t)).toBe(true);
  });

  it.each(['任命葛云舟为青禾市财政局局长', '3月5日电话会议决定', '关于任免工作人员的通知'])('sees none in %s', (t) => {
    expect(startsNewsItem(t)).toBe(false);
  });
});
