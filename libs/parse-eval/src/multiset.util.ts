/**
 * A multiset of items identified by a string key, in first-seen order (as Python's Counter, whose
 * `&` and `-` the reference script uses).
 */
export type Multiset<T> = Map<string, { item: T; count: number }>;

export function multiset<T>(items: Iterable<T>, key: (item: T) => string): Multiset<T> {
  const m: Multiset<T> = new Map();
  for (const item of items) {
    const k = key(item);
    const entry = m.get(k);
    if (entry) entry.count++;
    else m.set(k, { item, count: 1 });
  }
  return m;
}

/** How many items the two have in common, duplicates counted: the size of `a & b`. */
export function commonSize<T>(a: Multiset<T>, b: Multiset<T>): number {
  let n = 0;
  for (const [k, { count }] of a) n += Math.min(count, b.get(k)?.count ?? 0);
  return n;
}

/** The items of `a` that `b` does not cover, each repeated as often: `list((a - b).elements())`. */
export function difference<T>(a: Multiset<T>, b: Multiset<T>): T[] {
  const out: T[] = [];
  for (const [k, { item, count }] of a) {
    const left = count - (b.get(k)?.count ?? 0);
    for (let i = 0; i < left; i++) out.push(item);
  }
  return out;
}
