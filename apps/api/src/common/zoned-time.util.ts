/** The zone the office counts its days and hours in (as for "today" and the probation calendar). */
export function officeZone(): string {
  return process.env.RENMIAN_TIME_ZONE || 'Asia/Shanghai';
}

/**
 * A moment as the office reads it, with its zone said (2026/12/04 09:05:07 GMT+8): an audit time
 * without one is ambiguous between the server's clock, UTC and the office's.
 */
export function zonedTime(at: Date): string {
  const zone = officeZone();
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZoneName: 'shortOffset',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} ${get('timeZoneName')}`;
}
