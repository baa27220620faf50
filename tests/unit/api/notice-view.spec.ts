import type { NoticeEvent, NoticePage } from '../../../apps/api/src/web/readers/notice.reader';
import { noticeView } from '../../../apps/api/src/web/views/notice.view';

const event = (person: string, effectiveOn: string | null, sourceLine: number): NoticeEvent => ({
  eventId: String(sourceLine),
  type: 'APPOINT',
  person,
  post: '青禾市统计局局长',
  organization: '青禾市统计局',
  effectiveOn,
  probationMonths: null,
  rank: null,
  precedenceAfter: null,
  sourceLine,
  sourceText: `${person}为青禾市统计局局长`,
  current: true,
});

const page = (events: NoticeEvent[]): NoticePage => ({
  key: '青政任〔2024〕5号',
  docNumber: '青政任〔2024〕5号',
  issuer: '青禾市人民政府',
  title: '关于任免王一等同志职务的通知',
  signedOn: '2024-02-20',
  retractedAt: null,
  retractionReason: null,
  startLine: 1,
  endLine: 3,
  body: ['王一为青禾市统计局局长，自2024年3月1日起执行；', '孙二为青禾市统计局局长；', '钱三为青禾市统计局局长。'].join('\n'),
  events,
  unparsed: [],
});

describe('the notice page', () => {
  it('shows the day an event takes effect only where the notice names one other than its signing date', () => {
    const out = noticeView('青政任〔2024〕5号', [page([event('王一', '2024-03-01', 1), event('孙二', '2024-02-20', 2), event('钱三', null, 3)])]);
    const beside = (person: string) => out.slice(out.indexOf(`>${person}</a>`), out.indexOf('</div>', out.indexOf(`>${person}</a>`)));
    expect(beside('王一')).toContain('自2024年3月1日起');
    expect(beside('孙二')).not.toContain('起');
    expect(beside('钱三')).toContain('通知未载明日期');
  });
});
