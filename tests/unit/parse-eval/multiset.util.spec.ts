import { commonSize, difference, multiset } from '@renmian/parse-eval';

const bag = (...items: string[]) => multiset(items, (s) => s);

describe('multisets (Counter & and -)', () => {
  it('counts duplicates in what two bags have in common', () => {
    expect(commonSize(bag('a', 'a', 'b'), bag('a', 'a', 'a', 'c'))).toBe(2);
    expect(commonSize(bag('a'), bag())).toBe(0);
  });

  it('repeats an item of the difference as often as it is uncovered, in first-seen order', () => {
    expect(difference(bag('b', 'a', 'b', 'b', 'a'), bag('b'))).toEqual(['b', 'b', 'a', 'a']);
    expect(difference(bag('a'), bag('a', 'a'))).toEqual([]);
  });

  it('tells items apart by key only, keeping the first item of each key', () => {
    const m = multiset([{ k: 1, v: 'first' }, { k: 1, v: 'second' }], (x) => String(x.k));
    expect([...m.values()]).toEqual([{ item: { k: 1, v: 'first' }, count: 2 }]);
  });
});
