import type { SeatKind } from './tenure.types';

/**
 * A removal that contradicts who held the post: a notice removes X from a single-seat post (局长,
 * 主任…) on a day when the records show someone else holding it since a known appointment, and
 * nothing shows X ever appointed to it. One of the two is wrong — a misread name, a post written
 * for another, a notice missing — and only a person can tell which.
 *
 * A removal with no known appointment and no such holder is ordinary (the records start later than
 * the person's appointment) and is not a finding; nor are two removals of two people whose starts
 * are both unknown, which fit one after the other.
 */
export interface SeatTenure {
  personId: string;
  postId: string;
  /** yyyy-mm-dd; null when no appointment is known. */
  start: string | null;
  end: string | null;
  endInferred: boolean;
  openedBy: string | null;
  closedBy: string | null;
}

export interface RemovalConflict {
  /** The tenure the removal closed: start unknown, ended by the removal `removal.closedBy`. */
  removal: SeatTenure;
  /** Who the records show holding the seat the day before the removal took effect. */
  holder: SeatTenure;
}

export function removalConflicts(tenures: readonly SeatTenure[], seatOf: (postId: string) => SeatKind): RemovalConflict[] {
  const knownByPost = new Map<string, SeatTenure[]>();
  for (const t of tenures) {
    if (t.start === null) continue;
    const list = knownByPost.get(t.postId);
    if (list) list.push(t);
    else knownByPost.set(t.postId, [t]);
  }
  const out: RemovalConflict[] = [];
  for (const removal of tenures) {
    // Only what a removal alone attests: held up to its day, since when nobody knows.
    if (removal.start !== null || removal.end === null || removal.endInferred || seatOf(removal.postId) !== 'single') continue;
    const day = removal.end;
    const holders = (knownByPost.get(removal.postId) ?? []).filter(
      (h) => h.personId !== removal.personId && h.start! < day && (h.end === null || h.end >= day),
    );
    if (holders.length === 0) continue;
    // The latest appointment before the day is the one the records hold to.
    holders.sort((x, y) => (x.start! < y.start! ? 1 : x.start! > y.start! ? -1 : 0));
    out.push({ removal, holder: holders[0] });
  }
  return out;
}
