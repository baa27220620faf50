/**
 * A pure function of a string, remembered. A gazette writes the same posts, headers and signing
 * lines again and again (a county's bureaus, its schools, `县人民政府决定，任命：`), and the lexicon's
 * questions about them cost far more than a look-up. Bounded: the table is cleared when full, and
 * long strings (seldom repeated) are not kept at all. Only for functions whose result is never
 * changed by a caller.
 */
export function remembered<T>(fn: (s: string) => T, maxEntries = 20_000, maxKeyLength = 120): (s: string) => T {
  const table = new Map<string, T>();
  return (s: string): T => {
    if (s.length > maxKeyLength) return fn(s);
    let value = table.get(s);
    if (value === undefined && !table.has(s)) {
      if (table.size >= maxEntries) table.clear();
      value = fn(s);
      table.set(s, value);
    }
    return value as T;
  };
}
