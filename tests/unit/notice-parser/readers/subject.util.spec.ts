import { afterLastVerb, cutAtDuty, endsWithDuty, splitPossessive, stripFormer, stripLeads } from '@renmian/notice-parser/readers/subject.util';

describe('cutAtDuty', () => {
  it('cuts the post at its last 职务, in any mix of scripts', () => {
    expect(cutAtDuty('青禾市人民政府副市长职务的请求')).toBe('青禾市人民政府副市长');
    expect(cutAtDuty('青禾市财政局局长職務')).toBe('青禾市财政局局长');
    expect(cutAtDuty('青禾市财政局局长职務')).toBe('青禾市财政局局长');
    expect(cutAtDuty('青禾市职务犯罪预防局局长职务')).toBe('青禾市职务犯罪预防局局长');
    expect(cutAtDuty('青禾市财政局局长')).toBe('青禾市财政局局长');
  });
});

describe('endsWithDuty', () => {
  it('is true only when the text ends with 职务', () => {
    expect(endsWithDuty('青禾市财政局局长职务')).toBe(true);
    expect(endsWithDuty('青禾市财政局局长職務')).toBe(true);
    expect(endsWithDuty('青禾市财政局局长职务的请求')).toBe(false);
  });
});

describe('stripFormer', () => {
  it('drops 原, 原任 or 现任 at the start', () => {
    expect(stripFormer('原任青禾市教育局局长')).toBe('青禾市教育局局长');
    expect(stripFormer('原青禾市教育局局长')).toBe('青禾市教育局局长');
    expect(stripFormer('现任青禾市教育局局长')).toBe('青禾市教育局局长');
    expect(stripFormer('青禾市教育局局长')).toBe('青禾市教育局局长');
  });
});

describe('splitPossessive', () => {
  it('splits people from post at the 的 that closes a list of names', () => {
    expect(splitPossessive('张晓明、李春华的原青禾市财政局副局长', [])).toEqual({
      persons: ['张晓明', '李春华'],
      post: '青禾市财政局副局长',
    });
  });

  it('skips a 的 inside brackets', () => {
    expect(splitPossessive('张晓明（青禾市的代表）的青禾市财政局局长', [])).toEqual({ persons: ['张晓明'], post: '青禾市财政局局长' });
  });

  it('reads 其 as the previous clause’s people', () => {
    expect(splitPossessive('其原青禾市财政局局长', ['张晓明'])).toEqual({ persons: ['张晓明'], post: '青禾市财政局局长' });
    expect(splitPossessive('其青禾市财政局局长', [])).toBeNull();
  });

  it('returns null when no names lead', () => {
    expect(splitPossessive('青禾市的财政局的局长', [])).toBeNull();
    expect(splitPossessive('张晓明青禾市财政局局长', [])).toBeNull();
  });

  it('accepts unlisted surnames only when lenient', () => {
    expect(splitPossessive('禚晓明的青禾市财政局局长', [])).toBeNull();
    expect(splitPossessive('禚晓明的青禾市财政局局长', [], true)).toEqual({ persons: ['禚晓明'], post: '青禾市财政局局长' });
  });
});

describe('stripLeads', () => {
  it('drops words that introduce a decision', () => {
    expect(stripLeads('现决定张晓明')).toBe('张晓明');
    expect(stripLeads('同意李春华')).toBe('李春华');
    expect(stripLeads('由王建国')).toBe('王建国');
    expect(stripLeads('张晓明')).toBe('张晓明');
  });
});

describe('afterLastVerb', () => {
  it('returns the text after the last verb, or null', () => {
    expect(afterLastVerb('决定任命张晓明', ['任命', '聘任'])).toBe('张晓明');
    expect(afterLastVerb('任命聘任李春华', ['任命', '聘任'])).toBe('李春华');
    expect(afterLastVerb('张晓明', ['任命'])).toBeNull();
  });
});
