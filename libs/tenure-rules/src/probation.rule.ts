import { addDays, addMonths } from './iso-date.util';

/**
 * The last day of probation, by the civil code's reckoning of months (民法典 第二百零二条): the day
 * before the corresponding day N months on — `试用期一年` from 2023-12-20 runs through 2024-12-19 —
 * and, where that month has no corresponding day, that month's last day: one month from 2024-01-31
 * runs through 2024-02-29, a year from 2024-02-29 through 2025-02-28.
 */
export function probationEnd(start: string, months: number | null): string | null {
  if (months === null || months <= 0) return null;
  const target = addMonths(start, months);
  // addMonths clamps to the month's last day: a different day of the month means there was no
  // corresponding day, and the clamped day is itself the last day of probation.
  return target.slice(8) === start.slice(8) ? addDays(target, -1) : target;
}
