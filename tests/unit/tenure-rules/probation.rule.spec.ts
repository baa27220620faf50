import fc from 'fast-check';
import { addMonths, isIsoDate, parseIsoDate, probationEnd, seatKind } from '@renmian/tenure-rules';

describe('probationEnd', () => {
  it.each([
    ['2023-12-20', 12, '2024-12-19'],
    ['2023-12-30', 12, '2024-12-29'],
    ['2023-03-01', 6, '2023-08-31'],
    // No corresponding day in the last month: that month's last day (民法典 第二百零二条).
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-01-29', 1, '2023-02-28'],
    ['2024-01-29', 1, '2024-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-28'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-03-30', 1, '2023-04-29'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2023-12-31', 2, '2024-02-29'],
  ])('from %s with %i months ends on %s', (start, months, end) => {
    expect(probationEnd(start, months)).toBe(end);
  });

  it('is null without a probation', () => {
    expect(probationEnd('2023-12-20', null)).toBeNull();
    expect(probationEnd('2023-12-20', 0)).toBeNull();
  });

  it('clamps month ends and rejects impossible dates', () => {
    expect(addMonths('2023-10-31', 4)).toBe('2024-02-29');
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2023-2-3')).toBe(false);
    expect(() => addMonths('2023-02-30', 1)).toThrow(RangeError);
  });
});

describe('isIsoDate', () => {
  it('agrees with what a Date makes of the string, for any digits in the shape', () => {
    // The oracle: a Date of the string, read back unchanged.
    const dateReadsBack = (s: string) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    };
    const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    const shaped = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string()), (s) => {
        expect(isIsoDate(s)).toBe(dateReadsBack(s));
        expect(parseIsoDate(s) !== null).toBe(dateReadsBack(s));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-00-10', false],
    ['2024-13-01', false],
    ['0000-01-01', true],
  ])('%s is a date: %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});

describe('seatKind', () => {
  it.each([
    ['青禾市财政局局长', 'single'],
    ['青禾市财政局副局长', 'multi'],
    ['青禾第三中学校长', 'single'],
    ['青禾市人民政府秘书长', 'single'],
    ['青禾市人民政府副秘书长', 'multi'],
    ['青禾市卫生健康综合执法支队支队长', 'single'],
    ['青禾行政学院院务委员会委员', 'multi'],
    ['青禾市中级人民法院审判员', 'multi'],
    ['青禾市防震减灾中心主任', 'single'],
    ['青禾市防震减灾中心常务副主任', 'multi'],
    ['青禾市人大常委会代表资格审查委员会主任委员', 'single'],
    ['青禾市人大常委会代表资格审查委员会副主任委员', 'multi'],
  ])('%s has a %s seat', (post, kind) => {
    expect(seatKind(post)).toBe(kind);
  });
});
