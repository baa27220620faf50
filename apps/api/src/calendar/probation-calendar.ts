import ical, { ICalAlarmType } from 'ical-generator';
import type { HolderRow } from '../web/readers/holders.reader';
import { linkTo } from '../web/views/html.util';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * One all-day event per probation's last day, with reminders 30 and 7 days before. The UID is
 * built from the person, the post and the date, so a re-derivation of tenures does not make
 * calendar apps show the same probation twice.
 */
export function probationCalendar(rows: HolderRow[], baseUrl: string): string {
  const calendar = ical({ name: '试用期到期（任免）', prodId: { company: 'renmian', product: 'probations', language: 'ZH' }, ttl: 60 * 60 * 6 });
  for (const r of rows) {
    const day = new Date(`${r.probationEnd}T00:00:00Z`);
    const url = `${baseUrl}${linkTo('person', r.person)}#p${r.personId}`;
    const event = calendar.createEvent({
      id: `probation-${r.personId}-${encodeURIComponent(r.post)}-${r.probationEnd}@renmian`,
      start: day,
      allDay: true,
      summary: `试用期满：${r.person} ${r.post}`,
      description: `${r.person}任${r.post}的试用期于${r.probationEnd}届满。${r.docNumber ? `依据：${r.docNumber}。` : ''}\n${url}`,
      url,
    });
    for (const days of [30, 7]) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: days * DAY_SECONDS, description: `${days}天后试用期满：${r.person} ${r.post}` });
    }
  }
  return calendar.toString();
}
