/**
 * "Today" where the notices are issued. A server running in UTC would otherwise start China's day
 * eight hours late; RENMIAN_TIME_ZONE changes it for another jurisdiction.
 */
export function today(now = new Date()): string {
  const zone = process.env.RENMIAN_TIME_ZONE || 'Asia/Shanghai';
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
