import { addMonths, isIsoDate, probationEnd, seatKind } from '@renmian/tenure-rules';

describe('probationEnd', () => {
  it.each([
    ['2023-12-20', 12, '2024-12-19'],
    ['2023-12-30', 12, '2024-12-29'],
    ['2024-01-31', 1, '2024-02-28'],
    ['2023-03-01', 6, '2023-08-31'],
    ['2024-02-29', 12, '2025-02-27'],
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
