/**
 * When a single seat stood empty (issue 22's vacancies): the days after it was first held on which
 * no tenure of the seat — nor of its acting post, which fills it as acting — covers the day.
 * A tenure with an unknown start reaches back to its bound, or without one to the beginning of the
 * records (domain.md, "How far back an unknown start reaches"): no vacancy is claimed that the
 * records cannot show. Before the first tenure the seat is not vacant but unrecorded.
 */
export interface SeatSpan {
  start: string | null;
  /** With an unknown start, the earliest day it can reach back to; null for "as far as the records go". */
  startBound?: string | null;
  /** First day no longer held; null while held. */
  end: string | null;
}

/** [from, to): to is the first day held again, or null while the seat is still empty. */
export interface VacantSpan {
  from: string;
  to: string | null;
}

export function vacantSpans(tenures: SeatSpan[]): VacantSpan[] {
  const firstDay = (t: SeatSpan) => t.start ?? t.startBound ?? '';
  // A tenure that began and ended on one day (superseded that day) covers no day.
  const held = tenures.filter((t) => t.end === null || firstDay(t) < t.end).sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
  const out: VacantSpan[] = [];
  let coveredUntil: string | null | undefined; // undefined: nothing seen yet; null: held open-ended
  for (const t of held) {
    if (coveredUntil === null) break;
    if (coveredUntil !== undefined && firstDay(t) > coveredUntil) out.push({ from: coveredUntil, to: firstDay(t) });
    if (t.end === null) coveredUntil = null;
    else if (coveredUntil === undefined || t.end > coveredUntil) coveredUntil = t.end;
  }
  if (typeof coveredUntil === 'string') out.push({ from: coveredUntil, to: null });
  return out;
}
