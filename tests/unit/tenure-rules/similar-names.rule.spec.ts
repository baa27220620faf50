import { editDistanceAtMost, similarPairs } from '@renmian/tenure-rules';

describe('editDistanceAtMost', () => {
  it.each([
    ['青禾市卫生检验监测中心', '青禾市卫生检验检测中心', 1],
    ['青禾市第一中学', '青禾市第二中学', 1],
    ['青禾市财政局', '青禾市财政局办', 1],
    ['青禾市统计局', '青禾市审计局', 1],
    ['青禾市统计局', '青禾市审计署', 2],
  ])('%s ~ %s is %i apart', (a, b, d) => {
    expect(editDistanceAtMost(a, b, 2)).toBe(d);
  });

  it('gives up beyond the limit', () => {
    expect(editDistanceAtMost('青禾市财政局', '青禾市教育和体育局', 2)).toBeNull();
    expect(editDistanceAtMost('甲', '甲乙丙丁', 2)).toBeNull();
  });
});

describe('similarPairs', () => {
  it('pairs near-identical names within a place and nothing else', () => {
    const pairs = similarPairs([
      { id: '1', name: '青禾市卫生检验监测中心' },
      { id: '2', name: '青禾市卫生检验检测中心' },
      { id: '3', name: '云岭县卫生检验检测中心' },
      { id: '4', name: '青禾市教育和体育局' },
    ]);
    expect(pairs.map(([a, b, d]) => [a.id, b.id, d].join('-')).sort()).toEqual(['1-2-1']);
  });
});
