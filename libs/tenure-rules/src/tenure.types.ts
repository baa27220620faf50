/**
 * The change log and what it implies. Events are facts read from notices (or corrections of them);
 * tenures are derived from all events of a post and are never edited by hand.
 */

import type { NoticeOrder } from './same-day-order.rule';

export type ChangeType = 'appoint' | 'remove' | 'auto_remove';

export type SeatKind = 'single' | 'multi';

/** One stated change, with enough identity to order it and to cite it. */
export interface ChangeEvent {
  id: string;
  type: ChangeType;
  personId: string;
  postId: string;
  /** ISO yyyy-mm-dd. */
  effectiveOn: string;
  probationMonths: number | null;
  /**
   * A stable tiebreak among events of the same day (e.g. notice key + line): the order of loading
   * must never decide the result.
   */
  sequence: string;
  /** Where the event stands among its day's decisions (same-day-order.rule); absent, it stands alone. */
  order?: NoticeOrder;
}

export type EndReason = 'REMOVED' | 'AUTO_REMOVED' | 'SUPERSEDED' | 'POST_FILLED';

/** How a personnel office words each end, on the page and in the spreadsheet alike. */
export const END_REASON_WORDS: Record<EndReason, string> = {
  REMOVED: '免职',
  AUTO_REMOVED: '职务自然免除',
  SUPERSEDED: '由继任者接替',
  POST_FILLED: '代理结束（该职已任命）',
};

export interface Tenure {
  personId: string;
  postId: string;
  /** First day held, or null when no appointment is known (the start is unknown, not invented). */
  start: string | null;
  /**
   * With an unknown start on a single seat: the earliest day the tenure can reach back to, the end
   * of the seat's previous known tenure (for earlier days that holder is the answer, not both).
   * Null with a known start, or with nothing before it.
   */
  startBound: string | null;
  /** First day no longer held (the period is [start, end)), or null while held. */
  end: string | null;
  endReason: EndReason | null;
  /** The end was not stated but inferred: a new holder of a single-seat post, or an acting post's post filled. */
  endInferred: boolean;
  /** Last day of probation, when the appointment stated one and the tenure lasted to it. */
  probationEnd: string | null;
  openedBy: string | null;
  closedBy: string | null;
}
