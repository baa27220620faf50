/** Calendar arithmetic on ISO dates (yyyy-mm-dd) in UTC: no time zone may shift a day. */

export function parseIsoDate(s: string): Date | null {
  return isIsoDate(s) ? new Date(`${s}T00:00:00Z`) : null;
}

/**
 * A real calendar day written yyyy-mm-dd, decided by arithmetic: every GraphQL date argument is
 * checked with it, and building two Date objects and a string per check showed in a request's
 * profile.
 */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))));
}

export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  return format(new Date(d.getTime() + days * 86_400_000));
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier). By arithmetic on the digits:
 * the review queue asks it for every overdue probation.
 */
export function daysBetween(from: string, to: string): number {
  if (!isIsoDate(from)) throw new RangeError(`not an ISO date: ${from}`);
  if (!isIsoDate(to)) throw new RangeError(`not an ISO date: ${to}`);
  return dayNumber(to) - dayNumber(from);
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
