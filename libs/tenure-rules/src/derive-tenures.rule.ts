import { probationEnd } from './probation.rule';
import { compareEvents, decisionsOrdered } from './same-day-order.rule';
import type { ChangeEvent, ChangeType, EndReason, SeatKind, Tenure } from './tenure.types';

const END_REASON: Record<Exclude<ChangeType, 'appoint'>, EndReason> = {
  remove: 'REMOVED',
  auto_remove: 'AUTO_REMOVED',
};

/**
 * Derives the tenures of one post from all of its events. The result depends only on the set of
 * events, never on the order they were loaded in: events are sorted by date, then in the order the
 * documents give (same-day-order.rule). `filled`: for an acting post (acting.rule), the
 * appointments to the post it stands in for; each ends, inferred, whatever acting tenure is open
 * when it takes effect.
 */
export function derivePostTenures(events: readonly ChangeEvent[], seat: SeatKind, filled: readonly ChangeEvent[] = []): Tenure[] {
  const fills = new Set(filled.filter((e) => e.type === 'appoint'));
  const sorted = [...events, ...fills].sort(compareEvents);
  const open = new Map<string, Tenure>();
  const done: Tenure[] = [];
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const e of sorted) {
    if (fills.has(e)) {
      endActing(open, done, e);
      continue;
    }
    const current = open.get(e.personId);
    if (e.type === 'appoint') {
      // Appointed again while holding the post: the first appointment stands.
      if (current) continue;
      if (seat === 'single') supersede(open, done, e, byId);
      open.set(e.personId, opened(e));
      continue;
    }
    // A removal after the person's tenure already ended repeats what is known (or contradicts it);
    // it stays in the history but cannot open a second, overlapping period. Where that end was only
    // inferred, from an appointment of the same day, the removal states it: a handover written in
    // two notices reads the same whichever of them sorts first.
    if (!current && done.some((t) => t.personId === e.personId)) {
      statedOnTheDay(done, e, END_REASON[e.type]);
      continue;
    }
    const closed = current ?? unknownStart(e);
    closed.end = e.effectiveOn;
    closed.endReason = END_REASON[e.type];
    closed.closedBy = e.id;
    open.delete(e.personId);
    done.push(closed);
  }
  const all = [...done, ...open.values()];
  for (const t of all) {
    // Ended before its probation did: there is no probation end to report.
    if (t.probationEnd !== null && t.end !== null && t.end <= t.probationEnd) t.probationEnd = null;
  }
  if (seat === 'single') boundUnknownStarts(all);
  return all.sort(compareTenures);
}

/**
 * On a single seat an unknown start reaches back no further than the end of the seat's previous
 * known tenure — one that ended before this one did (a removal on the same day as another is a
 * conflict for a person, not a bound: REMOVAL_CONFLICTS_WITH_HOLDER and friends).
 */
function boundUnknownStarts(tenures: Tenure[]): void {
  for (const t of tenures) {
    if (t.start !== null || t.end === null) continue;
    for (const u of tenures) {
      if (u === t || u.end === null || u.end >= t.end) continue;
      if (t.startBound === null || u.end > t.startBound) t.startBound = u.end;
    }
  }
}

/**
 * A new holder of a single seat ends every other open tenure of it: an inferred end. Not one opened
 * the same day by a decision the documents do not order against this one (two issuers, no
 * numbers): both are kept, and the seat's two holders are a review finding (TWO_OPEN_HOLDERS),
 * not a silent pick.
 */
function supersede(open: Map<string, Tenure>, done: Tenure[], appointment: ChangeEvent, byId: Map<string, ChangeEvent>): void {
  for (const [personId, t] of open) {
    if (personId === appointment.personId) continue;
    const opener = t.openedBy === null ? undefined : byId.get(t.openedBy);
    if (opener && opener.effectiveOn === appointment.effectiveOn && !decisionsOrdered(opener, appointment)) continue;
    t.end = appointment.effectiveOn;
    t.endReason = 'SUPERSEDED';
    t.endInferred = true;
    t.closedBy = appointment.id;
    open.delete(personId);
    done.push(t);
  }
}

/** The post an acting holder stood in for is filled (by them or anyone): every acting tenure ends, inferred. */
function endActing(open: Map<string, Tenure>, done: Tenure[], appointment: ChangeEvent): void {
  for (const [personId, t] of open) {
    t.end = appointment.effectiveOn;
    t.endReason = 'POST_FILLED';
    t.endInferred = true;
    t.closedBy = appointment.id;
    open.delete(personId);
    done.push(t);
  }
}

/** The person's last tenure, ended by inference on the removal's own day, becomes a stated end. */
function statedOnTheDay(done: Tenure[], removal: ChangeEvent, reason: EndReason): void {
  const last = done.filter((t) => t.personId === removal.personId).at(-1)!;
  if (!last.endInferred || last.end !== removal.effectiveOn) return;
  last.endReason = reason;
  last.endInferred = false;
  last.closedBy = removal.id;
}

function opened(e: ChangeEvent): Tenure {
  return {
    personId: e.personId,
    postId: e.postId,
    start: e.effectiveOn,
    startBound: null,
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

/**
 * The tenures whose period [start, end) contains `asOf`; an unknown start contains every earlier day
 * back to its bound, if it has one.
 */
export function heldOn(tenures: readonly Tenure[], asOf: string): Tenure[] {
  return tenures.filter((t) => {
    const from = t.start ?? t.startBound;
    return (from === null || from <= asOf) && (t.end === null || asOf < t.end);
  });
}
