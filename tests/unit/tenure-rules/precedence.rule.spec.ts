import fc from 'fast-check';
import { RankedHolder, orderByPrecedence } from '@renmian/tenure-rules';

const h = (person: string, title: string, over: Partial<RankedHolder> = {}): RankedHolder => ({
  person,
  title,
  seatKind: title.includes('副') || title === '委员' ? 'multi' : 'single',
  precedenceAfter: null,
  start: '2024-01-01',
  ...over,
});

const names = (xs: RankedHolder[]) => xs.map((x) => x.person);

describe('orderByPrecedence', () => {
  it('lists the principal first, then deputies, then members', () => {
    const order = orderByPrecedence([h('委甲', '委员'), h('副乙', '副局长'), h('正丙', '局长')]);
    expect(names(order)).toEqual(['正丙', '副乙', '委甲']);
  });

  it('follows 列…之后 within deputies, whatever the appointment dates say', () => {
    const order = orderByPrecedence([
      h('潘玉峰', '副局长', { start: '2024-05-01' }),
      h('李敏', '副局长', { start: '2020-01-01', precedenceAfter: '潘玉峰' }),
      h('赵强', '副局长', { start: '2019-01-01' }),
      h('孙丽', '副局长', { start: '2024-06-01', precedenceAfter: '李敏' }),
    ]);
    expect(names(order)).toEqual(['赵强', '潘玉峰', '李敏', '孙丽']);
  });

  it('without a stated order puts an unknown start first, then the earlier appointment', () => {
    const order = orderByPrecedence([h('乙', '副局长', { start: '2023-01-01' }), h('甲', '副局长', { start: null }), h('丙', '副局长', { start: '2021-01-01' })]);
    expect(names(order)).toEqual(['甲', '丙', '乙']);
  });

  it('ignores a precedence naming someone of another rank or nobody here', () => {
    const order = orderByPrecedence([h('正', '局长'), h('副一', '副局长', { precedenceAfter: '正', start: '2024-02-01' }), h('副二', '副局长', { precedenceAfter: '不在此', start: '2024-01-01' })]);
    expect(names(order)).toEqual(['正', '副二', '副一']);
  });

  it('keeps everyone once, even when stated precedences loop', () => {
    const arb = fc.array(
      fc.record({
        person: fc.constantFrom('甲', '乙', '丙', '丁', '戊'),
        title: fc.constantFrom('局长', '副局长', '委员'),
        precedenceAfter: fc.option(fc.constantFrom('甲', '乙', '丙', '丁', '戊')),
        start: fc.option(fc.constantFrom('2020-01-01', '2021-06-01', '2024-03-09')),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const holders = rows.map((r) => h(r.person, r.title, r));
        const order = orderByPrecedence(holders);
        expect(order).toHaveLength(holders.length);
        expect(new Set(order).size).toBe(holders.length);
        const ranks = order.map((x) => (x.seatKind === 'single' ? 0 : x.title.includes('副') ? 1 : 2));
        expect(ranks).toEqual([...ranks].sort());
      }),
    );
  });
});
