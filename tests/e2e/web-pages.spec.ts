import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { FIXTURE, loadWebFixtures } from '../support/web-fixtures.util';

/** The web page, calendar and exports over plain HTTP (the browser suite drives the same pages in Chromium). */
describe('web page, probation calendar and exports', () => {
  let api: ApiServer;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });
  const page = async (path: string) => {
    const res = await get(path);
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };
  const enc = encodeURIComponent;

  beforeAll(async () => {
    api = await startApiServer();
    await loadWebFixtures(api);
  });
  afterAll(() => api.close());

  it('lists an organisation’s holders principal first, deputies in the order the notice states', async () => {
    const r = await page(`/org/${enc('青禾市交通局')}?asOf=${FIXTURE.transportAppointed}`);
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/html; charset=utf-8');
    // Today's table (the timeline's text version below lists the same people by start).
    const table = r.body.slice(r.body.indexOf('<table id="holders"'), r.body.indexOf('</table>'));
    const names = [...table.matchAll(/<a href="\/person\/[^"]+" title="[^"]*">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names).toEqual(['赵一', '孙三', '钱二', '李四']);
    expect(r.body).toContain('（列孙三之后）');
  });

  it('answers for the day asked: the day before the notice, nobody', async () => {
    const before = new Date(`${FIXTURE.transportAppointed}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    const r = await page(`/org/${enc('青禾市交通局')}?asOf=${before.toISOString().slice(0, 10)}`);
    expect(r.body).toContain('这一天没有已知的任职人员');
  });

  it('marks an end that was inferred, not stated', async () => {
    const r = await page(`/org/${enc('白河县农业局')}?asOf=2020-06-01`);
    const wangRow = r.body.split('<tr>').find((row) => row.includes('>王芳<'))!;
    expect(wangRow).toContain('2021年5月1日');
    expect(wangRow).toContain('class="inferred"');
    const later = await page(`/org/${enc('白河县农业局')}?asOf=2021-05-01`);
    // Today's table only: the timeline below it rightly still draws 王芳's past tenure.
    const holdersTable = later.body.slice(later.body.indexOf('<table id="holders"'), later.body.indexOf('</table>'));
    expect(holdersTable).toContain('>冯九<');
    expect(holdersTable).not.toContain('>王芳<');
  });

  it('shows two people of one name apart, each with the notices and lines behind every event', async () => {
    const r = await page(`/person/${enc('王芳')}`);
    expect(r.status).toBe(200);
    expect(r.body.match(/<section class="person"/g)).toHaveLength(2);
    expect(r.body).toContain('白河县人民政府');
    expect(r.body).toContain('青禾市人民政府');
    expect(r.body).toContain(`href="/notice/${enc('白政任〔2020〕1号')}#L`);
    expect(r.body).toContain('王芳为白河县农业局局长');
    expect(r.body).toContain('离任（推断）');
  });

  it('lists probations ending in the next 30, 60 or 90 days, sortable', async () => {
    const in30 = await page('/probations');
    expect(in30.body).toContain('>赵一<');
    expect(in30.body).not.toContain('>郑七<');
    const in60 = await page('/probations?days=60&sort=-date');
    const order = [...in60.body.matchAll(/>(赵一|郑七)</g)].map((m) => m[1]);
    expect(order).toEqual(['郑七', '赵一']);
    const byDate = await page('/probations?days=60&sort=date');
    expect([...byDate.body.matchAll(/>(赵一|郑七)</g)].map((m) => m[1])).toEqual(['赵一', '郑七']);
  });

  it('shows a notice line by line: clauses highlighted with their events, the unread line marked', async () => {
    const r = await page(`/notice/${enc(FIXTURE.transportNotice)}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/<span class="clause"[^>]*>赵一为青禾市交通局局长（试用期一年）；<\/span><span class="events-beside"><div class="event"/);
    expect(r.body).toMatch(new RegExp(`<span class="unparsed"[^>]*>${FIXTURE.unreadableLine}</span>`));
    expect(r.body).toContain('1 行未能读取');
  });

  it('finds people, posts and organisations from the search box', async () => {
    const r = await page(`/search?q=${enc('交通')}`);
    expect(r.body).toContain(`href="/org/${enc('青禾市交通局')}"`);
    expect(r.body).toContain('青禾市交通局副局长');
    const person = await page(`/search?q=${enc('王芳')}`);
    expect(person.body.match(/href="\/person\/%E7%8E%8B%E8%8A%B3"/g)).toHaveLength(2);
    // LIKE wildcards are matched as typed.
    expect((await page('/search?q=%25')).body).toContain('没有找到');
  });

  it('says what was not found or not understood, with the right status', async () => {
    expect((await page(`/org/${enc('不存在的局')}`)).status).toBe(404);
    expect((await page(`/person/${enc('无此人')}`)).status).toBe(404);
    expect((await page(`/notice/${enc('无此号')}`)).status).toBe(404);
    expect((await page('/search?q=a&q=b')).status).toBe(200);
    expect((await page(`/org/${enc('青禾市交通局')}?asOf=2024-01-01&asOf=2024-01-02`)).status).toBe(400);
    expect((await page('/probations?days=7&sort=evil')).status).toBe(200);
    const bad = await page(`/org/${enc('青禾市交通局')}?asOf=2024-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('“2024-02-30”不是有效日期');
  });

  it('answers hostile addresses with a page or a refusal, never a server error, and escapes what it echoes', async () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.constantFrom('<script>alert(1)</script>', "' OR 1=1 --", '%', '_', '..', '%00', '\u0000', 'x'.repeat(5000), '青禾市财政局<b>'),
    );
    const route = fc.constantFrom('org', 'person', 'notice', 'search', 'probations', 'export');
    await fc.assert(
      fc.asyncProperty(route, hostile, hostile, async (kind, a, b) => {
        const path =
          kind === 'search' ? `/search?q=${enc(a)}` : kind === 'probations' ? `/probations?days=${enc(a)}&sort=${enc(b)}` : `/${kind}/${enc(a) || 'x'}?asOf=${enc(b)}`;
        const res = await get(path);
        expect(res.status).toBeLessThan(500);
        const body = await res.text();
        if (res.headers.get('content-type')?.startsWith('text/html')) {
          expect(body).not.toContain('<script>alert(1)</script>');
          expect(body).not.toContain('<b>');
        }
      }),
      { numRuns: 300 },
    );
    expect((await page(`/org/${enc('青禾市交通局')}`)).status).toBe(200);
  });

  it('serves a probation calendar: one all-day event per probation end, reminders 30 and 7 days before', async () => {
    const res = await get('/calendar/probations.ics');
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = (await res.text()).replace(/\r\n[ \t]/g, '');
    const events = ics.split('BEGIN:VEVENT').slice(1);
    const zhao = events.find((e) => e.includes('SUMMARY:试用期满：赵一 青禾市交通局局长'))!;
    expect(zhao).toContain(`DTSTART;VALUE=DATE:${FIXTURE.zhaoProbationEnds.replace(/-/g, '')}`);
    expect(zhao.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(zhao).toContain('TRIGGER:-P30D');
    expect(zhao).toContain('TRIGGER:-P7D');
    expect(zhao).toMatch(new RegExp(`URL;VALUE=URI:${api.url}/person/${enc('赵一')}#p\\d+`));
    expect(events.some((e) => e.includes(`DTSTART;VALUE=DATE:${FIXTURE.zhengProbationEnds.replace(/-/g, '')}`))).toBe(true);
  });

  it('serves the exports as downloads, the same files as the command line', async () => {
    const csv = await get('/export/csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="renmian-tenures.csv"');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const popolo = (await (await get(`/export/popolo?asOf=${FIXTURE.transportAppointed}`)).json()) as { memberships: unknown[] };
    expect(popolo.memberships.length).toBeGreaterThanOrEqual(4);
    const events = (await (await get('/export/json')).json()) as { events: { type: string; person: string }[] };
    expect(events.events.some((e) => e.type === 'INFERRED_END' && e.person === '王芳')).toBe(true);
    const xlsx = await get(`/export/xlsx?asOf=${FIXTURE.transportAppointed}`);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="renmian-${FIXTURE.transportAppointed}.xlsx"`);
    const book = new Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual([`在任人员 ${FIXTURE.transportAppointed}`, '试用期', '变动记录']);
    const held = parse(await (await get(`/export/csv?asOf=${FIXTURE.transportAppointed}`)).text(), { bom: true }) as string[][];
    expect(book.worksheets[0].rowCount).toBe(held.length);
    const bad = await get('/export/xls');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('unknown export format “xls”');
  });
});

describe('web page with REQUIRE_AUTH_FOR_READS', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ requireAuthForReads: true });
  });
  afterAll(() => api.close());

  it('refuses pages, calendar and exports without a reader key and serves them with one', async () => {
    for (const path of ['/', '/probations', '/calendar/probations.ics', '/export/csv']) {
      expect((await fetch(`${api.url}${path}`)).status).toBe(401);
    }
    const key = await api.key('reader');
    expect((await fetch(`${api.url}/probations`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    // Calendar apps cannot send a header: the key may come in the address instead.
    expect((await fetch(`${api.url}/calendar/probations.ics?key=${key}`)).status).toBe(200);
    expect((await fetch(`${api.url}/export/csv?key=wrong`)).status).toBe(401);
    // A shared link with ?key= sets a cookie, so the links on the page work without the key in them.
    const viaLink = await fetch(`${api.url}/?key=${key}`);
    const cookie = viaLink.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^renmian_key=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);
    expect((await fetch(`${api.url}/probations`, { headers: { cookie: cookie.split(';')[0] } })).status).toBe(200);
    expect((await fetch(`${api.url}/probations`, { headers: { cookie: 'renmian_key=revoked' } })).status).toBe(401);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});
