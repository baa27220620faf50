/**
 * The order in which an organisation's leaders are listed: principals (single seats such as 局长)
 * first, then deputies (副…), then members; within a rank, the order notices state with
 * `列…之后` ("listed after …"), and otherwise the earlier appointment first.
 */
export interface RankedHolder {
  person: string;
  title: string;
  seatKind: 'single' | 'multi';
  /** The name after whom the appointing notice lists this person, if it says so. */
  precedenceAfter: string | null;
  /** yyyy-mm-dd, or null when unknown (listed first: held since before anything we know). */
  start: string | null;
}

function rank(h: RankedHolder): number {
  if (h.seatKind === 'single') return 0;
  return h.title.includes('副') ? 1 : 2;
}

function baseOrder(a: RankedHolder, b: RankedHolder): number {
  return (
    rank(a) - rank(b) ||
    (a.start ?? '').localeCompare(b.start ?? '') ||
    a.title.localeCompare(b.title, 'zh') ||
    a.person.localeCompare(b.person, 'zh')
  );
}

/**
 * A stable order: each holder whose notice lists them after another holder of the same rank
 * comes right after that holder (chains follow on); a stated order that loops, or names someone
 * not holding a post of that rank, falls back to the base order rather than dropping anyone.
 */
export function orderByPrecedence<T extends RankedHolder>(holders: T[]): T[] {
  const sorted = [...holders].sort(baseOrder);
  const out: T[] = [];
  const placed = new Set<T>();
  const place = (h: T, path: Set<T>) => {
    if (placed.has(h) || path.has(h)) return;
    placed.add(h);
    out.push(h);
    path.add(h);
    for (const next of sorted) {
      if (next.precedenceAfter === h.person && rank(next) === rank(h)) place(next, path);
    }
    path.delete(h);
  };
  const anchoredInRank = (h: T) => sorted.some((o) => o !== h && o.person === h.precedenceAfter && rank(o) === rank(h));
  for (const r of [0, 1, 2]) {
    const group = sorted.filter((h) => rank(h) === r);
    for (const h of group) if (!anchoredInRank(h)) place(h, new Set());
    // Whatever is left stands in a loop of stated precedences: keep it, in the base order.
    for (const h of group) if (!placed.has(h)) place(h, new Set());
  }
  return out;
}
