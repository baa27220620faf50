import { findDate, findDateline, isoFromParts, readSmallNumber } from '@renmian/notice-parser/text/chinese-date.util';

describe('readSmallNumber', () => {
  it.each([
    ['12', 12],
    ['9', 9],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十八', 28],
    ['三十一', 31],
  ])('reads %s as %d', (text, n) => {
    expect(readSmallNumber(text)).toBe(n);
  });

  it.each(['', '甲', '一百二十', '十十'])('gives NaN for %j', (text) => {
    expect(readSmallNumber(text)).toBeNaN();
  });
});

describe('findDate', () => {
  it('reads an Arabic date and reports where it stands', () => {
    expect(findDate('2023年12月9日')).toEqual({ iso: '2023-12-09', index: 0, length: 10 });
  });

  it('reads a date after a signature on the same line', () => {
    expect(findDate('青禾市人民政府2024年1月5日')).toEqual({ iso: '2024-01-05', index: 7, length: 9 });
  });

  it.each([
    ['二〇二三年十二月九日', '2023-12-09'],
    ['二○一二年三月二十八日', '2012-03-28'],
    ['二00一年十一月六日', '2001-11-06'],
    ['二OO五年七月一日', '2005-07-01'],
    ['一九九九年十二月二十日', '1999-12-20'],
    ['2024年2月29日', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDate(text)).toEqual({ iso, index: 0, length: text.length });
  });

  it('gives iso null for a month-only date, spanning up to 月', () => {
    expect(findDate('1960年7月')).toEqual({ iso: null, index: 0, length: 7 });
    expect(findDate('张晓明1960年7月出生')).toEqual({ iso: null, index: 3, length: 7 });
  });

  it('gives iso null for an impossible day', () => {
    expect(findDate('2023年2月30日')?.iso).toBeNull();
    expect(findDate('2023年4月31日')?.iso).toBeNull();
    expect(findDate('2023年2月29日')?.iso).toBeNull();
  });

  it('starts the search at `from`', () => {
    const s = '2023年1月2日至2024年3月4日';
    expect(findDate(s, 5)).toEqual({ iso: '2024-03-04', index: 10, length: 9 });
  });

  it('skips a 年 that is not preceded by a four-digit year', () => {
    expect(findDate('任期五年，自2024年6月1日起')).toEqual({ iso: '2024-06-01', index: 6, length: 9 });
  });

  it('reads a year of the Republic era (year 1 = 1912) only after the era name', () => {
    expect(findDate('中華民國一百一十三年五月二十日')).toEqual({ iso: '2024-05-20', index: 0, length: 15 });
    expect(findDate('總統令 中华民国113年5月20日')).toEqual({ iso: '2024-05-20', index: 4, length: 13 });
    expect(findDate('民國三十八年十月一日')?.iso).toBe('1949-10-01');
    expect(findDate('民国九十八年二月二十九日')?.iso).toBeNull();
    expect(findDate('113年5月20日')).toBeNull();
  });

  it('finds nothing without a year-month', () => {
    expect(findDate('张晓明为青禾市财政局局长')).toBeNull();
    expect(findDate('试用期一年')).toBeNull();
    expect(findDate('2024年度工作')).toBeNull();
  });
});

describe('findDateline', () => {
  it('reads a news dateline without a year', () => {
    expect(findDateline('新华社北京3月12日电')).toEqual({ month: 3, day: 12 });
    expect(findDateline('青禾日报讯（记者）青禾11月5日电')).toEqual({ month: 11, day: 5 });
  });

  it('rejects a missing or impossible dateline', () => {
    expect(findDateline('新华社北京3月12日')).toBeNull();
    expect(findDateline('青禾13月1日电')).toBeNull();
    expect(findDateline('青禾3月32日电')).toBeNull();
  });
});

describe('isoFromParts', () => {
  it('formats a real day and rejects an impossible one', () => {
    expect(isoFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(isoFromParts(2023, 2, 29)).toBeNull();
    expect(isoFromParts(2023, 13, 1)).toBeNull();
    expect(isoFromParts(2023, 1, 0)).toBeNull();
  });
});
