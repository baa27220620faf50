/**
 * Appends `item` and returns the list to keep. Most lists the parser builds per clause hold one
 * item; the first `push` onto an empty array reserves room for sixteen (about 130 bytes more than a
 * one-element literal), which over a gazette's clauses was a large share of all garbage. The empty
 * list is replaced by a literal instead, so callers must keep the returned list.
 */
export function append<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}
