import { isClauseEnd, isHan, normaliseText, stripEnumerator } from '@renmian/notice-parser/text/normalise.util';

describe('normaliseText', () => {
  it('removes every kind of whitespace, including ideographic spaces and zero-width spaces', () => {
    expect(normaliseText('张 晓 明为青禾市\t财政局　局长\u200b')).toBe('张晓明为青禾市财政局局长');
  });

  it('turns half-width punctuation into full width', () => {
    expect(normaliseText('李春华为云岭县副县长(试用期一年);')).toBe('李春华为云岭县副县长（试用期一年）；');
    expect(normaliseText('市政府决定,任命:')).toBe('市政府决定，任命：');
    expect(normaliseText('﹙副县级﹚')).toBe('（副县级）');
  });

  it('turns full-width digits into ASCII digits', () => {
    expect(normaliseText('２０２４年３月５日')).toBe('2024年3月5日');
    expect(normaliseText('青政任〔２０２４〕７号')).toBe('青政任〔2024〕7号');
  });

  it('leaves text that needs no work as it is', () => {
    const s = '王建国为青禾市教育局局长；';
    expect(normaliseText(s)).toBe(s);
  });
});

describe('isClauseEnd', () => {
  it('is true only for ；。！', () => {
    expect(['；', '。', '！'].map(isClauseEnd)).toEqual([true, true, true]);
    expect(['，', '：', '、', ';', 'a'].map(isClauseEnd)).toEqual([false, false, false, false, false]);
  });
});

describe('isHan', () => {
  it('recognises ideographs only', () => {
    expect(isHan('青')).toBe(true);
    expect(isHan('㐀')).toBe(true);
    expect(isHan('a')).toBe(false);
    expect(isHan('、')).toBe(false);
    expect(isHan('·')).toBe(false);
  });
});

describe('stripEnumerator', () => {
  it.each([
    ['一、任命张晓明为青禾市财政局局长', '任命张晓明为青禾市财政局局长'],
    ['1.张晓明为青禾市财政局局长', '张晓明为青禾市财政局局长'],
    ['1．张晓明为青禾市财政局局长', '张晓明为青禾市财政局局长'],
    ['（二）免去李春华的青禾市审计局局长职务', '免去李春华的青禾市审计局局长职务'],
    ['（十二）免去李春华的职务', '免去李春华的职务'],
    ['3、王建国为云岭县教育局局长', '王建国为云岭县教育局局长'],
    ['十一、王建国为云岭县教育局局长', '王建国为云岭县教育局局长'],
    ['•张晓明为青禾市财政局局长', '张晓明为青禾市财政局局长'],
    ['△1、张晓明为青禾市财政局局长', '张晓明为青禾市财政局局长'],
  ])('strips the enumerator of %s', (input, output) => {
    expect(stripEnumerator(input)).toBe(output);
  });

  it.each([
    '张晓明为青禾市财政局局长',
    '12',
    '2024年3月5日',
    '（试用期一年）',
    '一把手',
    '三年',
  ])('leaves %s alone', (input) => {
    expect(stripEnumerator(input)).toBe(input);
  });
});
