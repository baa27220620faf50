import type { ChangeEvent, ChangeType } from './tenure.types';

/**
 * The order of the decisions of one day, from what the documents say (domain.md, "Same day, one
 * seat"): within one issuer's series of numbers (`青政任〔2024〕12号` after `11号`) the later number is
 * the later decision; within one notice, removals come before appointments (a notice that removes
 * the old head and appoints the new one is a handover) and then the later clause. Two notices that
 * nothing orders (two issuers, no numbers) are still sorted, by series and then by text, so that
 * the result never depends on loading order — but `decisionsOrdered` says they are not ordered,
 * and the tenure rules then pick neither.
 */
const DAY_ORDER: Record<ChangeType, number> = { remove: 0, auto_remove: 0, appoint: 1 };

/** The notice an event was read from, as far as it orders the day: never its row id (that is load order). */
export interface NoticeOrder {
  /** The notice's identity by content (its text hash). */
  notice: string;
  /** Issuer and document number without the number (`青禾市人民政府|青政任〔2024〕`); null without a number. */
  series: string | null;
  /** The number in the series (12 of `…〔2024〕12号`). */
  number: number | null;
  /** The clause's place in the notice. */
  ordinal: number;
}

/** An event without a known notice stands alone: its own notice, in no series. */
function orderOf(e: ChangeEvent): NoticeOrder {
  return e.order ?? { notice: e.sequence, series: null, number: null, ordinal: 0 };
}

/** Whether the documents say which of two same-day events came first. */
export function decisionsOrdered(a: ChangeEvent, b: ChangeEvent): boolean {
  const x = orderOf(a);
  const y = orderOf(b);
  if (x.notice === y.notice) return true;
  return x.series !== null && x.series === y.series && x.number !== null && y.number !== null && x.number !== y.number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Notices first, by a key of the notice alone (series, number, text): a comparison that mixed
 * notice-level and clause-level keys across notices could loop (a < b < c < a), and a sort over a
 * loop depends on the order it was given.
 */
export function compareEvents(a: ChangeEvent, b: ChangeEvent): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  const x = orderOf(a);
  const y = orderOf(b);
  if (x.notice !== y.notice) {
    if (x.series !== y.series) return x.series === null ? 1 : y.series === null ? -1 : compareText(x.series, y.series);
    if (x.number !== y.number) return x.number === null ? 1 : y.number === null ? -1 : x.number - y.number;
    return compareText(x.notice, y.notice);
  }
  return DAY_ORDER[a.type] - DAY_ORDER[b.type] || x.ordinal - y.ordinal || compareText(a.sequence, b.sequence) || compareText(a.id, b.id);
}
