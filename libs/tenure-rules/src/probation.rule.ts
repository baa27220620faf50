import { addDays, addMonths } from './iso-date.util';

/**
 * The last day of probation: start + N months − 1 day. `试用期一年` from 2023-12-20 runs through
 * 2024-12-19 inclusive.
 */
export function probationEnd(start: string, months: number | null): string | null {
  if (months === null || months <= 0) return null;
  return addDays(addMonths(start, months), -1);
}
