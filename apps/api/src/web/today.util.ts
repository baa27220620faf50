/**
 * "Today" where the notices are issued. A server running in UTC would otherwise start China's day
 * eight hours late; RENMIAN_TIME_ZONE changes it for another jurisdiction.
 */
export function today(now = new Date()): string {
  const zone = process.env.RENMIAN_TIME_ZONE || 'Asia/Shanghai';
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A real calendar day in the form yyyy-mm-dd (2024-02-30 is not one). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
