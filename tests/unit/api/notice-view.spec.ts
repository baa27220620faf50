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
  sourcePage: null,
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
  source: { kind: 'text', pageCount: null, ocr: false, filename: null },
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

  it('says a notice was read by OCR, from which file, and the page each event stands on', () => {
    const scanned = { ...page([{ ...event('王一', '2024-03-01', 1), sourcePage: 2 }]), source: { kind: 'pdf', pageCount: 3, ocr: true, filename: 'scan.pdf' } };
    const out = noticeView('青政任〔2024〕5号', [scanned]);
    expect(out).toContain('原件：scan.pdf PDF，共3页');
    expect(out).toContain('经 OCR 识别得出');
    expect(out).toContain('<span class="muted">第2页</span>');
    expect(noticeView('青政任〔2024〕5号', [page([event('王一', '2024-03-01', 1)])])).not.toContain('OCR');
  });

  it('offers an editor the corrections, and nobody else', () => {
    const editor = { sessionId: '1', name: '王编辑', role: 'editor' as const, csrf: 'x' };
    const out = noticeView('青政任〔2024〕5号', [page([event('王一', '2024-03-01', 1)])], editor);
    expect(out).toContain('href="/correct/event/1"');
    expect(out).toContain(`href="/correct/retract?notice=${encodeURIComponent('青政任〔2024〕5号')}"`);
    for (const viewer of [null, { ...editor, role: 'reader' as const }]) {
      expect(noticeView('青政任〔2024〕5号', [page([event('王一', '2024-03-01', 1)])], viewer)).not.toContain('/correct/');
    }
  });
});
