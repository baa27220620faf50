import { fixed3, formatRatios, formatTotals, ratios, sumScores } from '@renmian/parse-eval';

describe('the figures line', () => {
  it('rounds an exact tie to even, as Python’s "{:.3f}" does', () => {
    expect(fixed3(1 / 16)).toBe('0.062');
    expect(fixed3(3 / 16)).toBe('0.188');
    expect(fixed3(5 / 16)).toBe('0.312');
    expect(fixed3(15 / 16)).toBe('0.938');
  });

  it('rounds everything else to the nearest', () => {
    expect(fixed3(2 / 3)).toBe('0.667');
    expect(fixed3(1 / 3)).toBe('0.333');
    expect(fixed3(0.0005)).toBe('0.001'); // 0.0005 is a little above its decimal, so not a tie
    expect(fixed3(0)).toBe('0.000');
    expect(fixed3(1)).toBe('1.000');
  });

  it('is 0.000 for every figure of an empty corpus', () => {
    const totals = sumScores([]);
    expect(formatRatios(ratios(totals))).toBe('events P=0.000 R=0.000 F1=0.000 | notices P=0.000 R=0.000 | attrs=0.000');
    expect(formatTotals(totals)).toBe('files=0 parser_failures=0 events tp=0 fp=0 fn=0 | notices tp=0 fp=0 fn=0 | attrs 0/0');
  });
});
