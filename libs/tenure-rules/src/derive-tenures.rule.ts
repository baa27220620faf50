import { probationEnd } from './probation.rule';
import type { ChangeEvent, ChangeType, EndReason, SeatKind, Tenure } from './tenure.types';

/**
 * Derives the tenures of one post from all of its events. The result depends only on the set of
 * events, never on the order they were loaded in: events are sorted by date, then removals before
 * appointments of the same day (a notice that removes the old head and appoints the new one reads
 * as a handover, not as two holders), then by their stable sequence.
 */
const DAY_ORDER: Record<ChangeType, number> = { remove: 0, auto_remove: 0, appoint: 1 };
const END_REASON: Record<Exclude<ChangeType, 'appoint'>, EndReason> = {
  remove: 'REMOVED',
  auto_remove: 'AUTO_REMOVED',
};

export function compareEvents(a: ChangeEvent, b: ChangeEvent): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  if (DAY_ORDER[a.type] !== DAY_ORDER[b.type]) return DAY_ORDER[a.type] - DAY_ORDER[b.type];
  if (a.sequence !== b.sequence) return a.sequence < b.sequence ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function derivePostTenures(events: readonly ChangeEvent[], seat: SeatKind): Tenure[] {
  const sorted = [...events].sort(compareEvents);
  const open = new Map<string, Tenure>();
  const done: Tenure[] = [];
  for (const e of sorted) {
    const current = open.get(e.personId);
    if (e.type === 'appoint') {
      // Appointed again while holding the post: the first appointment stands.
      if (current) continue;
      if (seat === 'single') supersede(open, done, e);
      open.set(e.personId, opened(e));
      continue;
    }
    // A removal after the person's tenure already ended repeats what is known (or contradicts it);
    // it stays in the history but cannot open a second, overlapping period.
    if (!current && done.some((t) => t.personId === e.personId)) continue;
    const closed = current ?? unknownStart(e);
    closed.end = e.effectiveOn;
    closed.endReason = END_REASON[e.type];
    closed.closedBy = e.id;
    open.delete(e.personId);
    done.push(closed);
  }
  return [...done, ...open.values()].sort(compareTenures);
}

/** A new holder of a single seat ends every other open tenure of it: an inferred end. */
function supersede(open: Map<string, Tenure>, done: Tenure[], appointment: ChangeEvent): void {
  for (const [personId, t] of open) {
    if (personId === appointment.personId) continue;
    t.end = appointment.effectiveOn;
    t.endReason = 'SUPERSEDED';
    t.endInferred = true;
    t.closedBy = appointment.id;
    open.delete(personId);
    done.push(t);
  }
}

function opened(e: ChangeEvent): Tenure {
  return {
    personId: e.personId,
    postId: e.postId,
    start: e.effectiveOn,
    end: null,
    endReason: null,
    endInferred: false,
    probationEnd: probationEnd(e.effectiveOn, e.probationMonths),
    openedBy: e.id,
    closedBy: null,
  };
}

/** A removal with no known appointment: held up to the removal, since when nobody knows. */
function unknownStart(e: ChangeEvent): Tenure {
  return { ...opened(e), start: null, probationEnd: null, openedBy: null };
}

function compareTenures(a: Tenure, b: Tenure): number {
  const as = a.start ?? '';
  const bs = b.start ?? '';
  if (as !== bs) return as < bs ? -1 : 1;
  const ae = a.end ?? '9999';
  const be = b.end ?? '9999';
  if (ae !== be) return ae < be ? -1 : 1;
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
}

/** Derives every post's tenures from a mixed list of events. */
export function deriveTenures(events: readonly ChangeEvent[], seatOf: (postId: string) => SeatKind): Tenure[] {
  const byPost = new Map<string, ChangeEvent[]>();
  for (const e of events) {
    const list = byPost.get(e.postId);
    if (list) list.push(e);
    else byPost.set(e.postId, [e]);
  }
  const out: Tenure[] = [];
  for (const postId of [...byPost.keys()].sort()) out.push(...derivePostTenures(byPost.get(postId)!, seatOf(postId)));
  return out;
}

/** The tenures whose period [start, end) contains `asOf`; an unknown start contains every earlier day. */
export function heldOn(tenures: readonly Tenure[], asOf: string): Tenure[] {
  return tenures.filter((t) => (t.start === null || t.start <= asOf) && (t.end === null || asOf < t.end));
}
