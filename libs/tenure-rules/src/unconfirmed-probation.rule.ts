import { daysBetween } from './iso-date.util';

/**
 * A probation that ended with nothing said: the last day of probation is more than
 * PROBATION_GRACE_DAYS past, the person still holds the post, and no later notice confirms the
 * appointment (`试用期满，正式任命为…`, read as a new appointment to the same post) or ends it. A
 * personnel office owes a decision at the end of probation; this is the reminder once the
 * calendar's date has passed.
 */
export const PROBATION_GRACE_DAYS = 30;

export interface ProbationTenure {
  personId: string;
  postId: string;
  start: string;
  /** Null while held: a tenure with an end, stated or inferred, was ended by a notice. */
  end: string | null;
  /** Last day of probation. */
  probationEnd: string;
  openedBy: string | null;
}

/** A later appointment of the same person to the same post: what a confirmation is read as. */
export interface LaterAppointment {
  personId: string;
  postId: string;
  on: string;
}

export interface UnconfirmedProbation {
  tenure: ProbationTenure;
  /** Days since the last day of probation. */
  daysSince: number;
}

export function unconfirmedProbations(
  tenures: readonly ProbationTenure[],
  appointments: readonly LaterAppointment[],
  today: string,
  graceDays = PROBATION_GRACE_DAYS,
): UnconfirmedProbation[] {
  const confirmedAfter = new Map<string, string[]>();
  for (const a of appointments) {
    const key = `${a.personId}\u0000${a.postId}`;
    const list = confirmedAfter.get(key);
    if (list) list.push(a.on);
    else confirmedAfter.set(key, [a.on]);
  }
  const out: UnconfirmedProbation[] = [];
  for (const t of tenures) {
    if (t.end !== null || t.start > today) continue;
    const daysSince = daysBetween(t.probationEnd, today);
    if (daysSince <= graceDays) continue;
    const later = confirmedAfter.get(`${t.personId}\u0000${t.postId}`) ?? [];
    if (later.some((on) => on > t.start)) continue;
    out.push({ tenure: t, daysSince });
  }
  return out;
}
