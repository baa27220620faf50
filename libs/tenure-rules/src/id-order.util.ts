/**
 * Database ids arrive as text (bigint): compared as numbers, so 9 comes before 10 and a pair of
 * records has one order — and one finding id — whichever was read first.
 */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
