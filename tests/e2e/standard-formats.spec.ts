import { parse } from 'csv-parse/sync';
import { PopoloDocument, unguardCsvField } from '@renmian/exports';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { isoDaysFromToday } from '../support/notice-text.util';
import { FIXTURE, loadWebFixtures } from '../support/web-fixtures.util';

/** ical.js ships its CommonJS build without CommonJS types: loaded as the ES module it declares. */
type IcalModule = typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;

interface Holding {
  person: { id: string; name: string };
  post: { name: string; organization: { name: string } | null };
  start: string | null;
  end: string | null;
  probationEnd: string | null;
}

/**
 * The calendar, the CSV and the Popolo export read by tools nobody here wrote: ical.js (Mozilla's
 * parser, as Thunderbird reads feeds), csv-parse, and Popolo's own JSON Schemas.
 */
describe('the service’s files, read by maintained parsers and the standards’ validators', () => {
  let api: ApiServer;
  let ICAL: IcalModule;
  beforeAll(async () => {
    [api, ICAL] = await Promise.all([startApiServer(), import('ical.js').then((m) => m.default)]);
    await loadWebFixtures(api);
  });
  afterAll(async () => {
    delete process.env.PUBLIC_URL;
    await api.close();
  });

  const text = async (path: string) => {
    const res = await fetch(`${api.url}${path}`);
    expect(res.status).toBe(200);
    return res.text();
  };
  const holdingFields = 'person { id name } post { name organization { name } } start end probationEnd';

  it('gives ical.js every probation end as an all-day event with both alarms and the person’s page', async () => {
    process.env.PUBLIC_URL = 'https://renmian.example.gov.cn/';
    const calendar = new ICAL.Component(ICAL.parse(await text('/calendar/probations.ics')));
    delete process.env.PUBLIC_URL;
    const r = await api.gql<{ probationsEnding: Holding[] }>(`query($f: Date!, $t: Date!) { probationsEnding(from: $f, to: $t) { ${holdingFields} } }`, {
      f: isoDaysFromToday(-366),
      t: isoDaysFromToday(5 * 366),
    });
    const expected = r.data!.probationsEnding;
    expect(expected.map((h) => h.person.name).sort()).toEqual(['赵一', '郑七']);
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(expected.length);
    for (const h of expected) {
      const event = events.find((e) => e.summary === `试用期满：${h.person.name} ${h.post.name}`);
      expect(event).toBeDefined();
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(h.probationEnd);
      const url = event!.component.getFirstPropertyValue('url');
      expect(url).toBe(`https://renmian.example.gov.cn/person/${encodeURIComponent(h.person.name)}#p${h.person.id}`);
      const alarms = event!.component.getAllSubcomponents('valarm');
      expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
      const before = alarms.map((a) => (a.getFirstPropertyValue('trigger') as InstanceType<IcalModule['Duration']>).toSeconds() / 86_400);
      expect(before).toEqual([-30, -7]);
    }
    expect(FIXTURE.zhaoProbationEnds).toBe(expected.find((h) => h.person.name === '赵一')!.probationEnd);
  });

  it('reads back through csv-parse with every field equal to the tenure GraphQL gives for it', async () => {
    const rows = parse(await text(`/export/csv?asOf=${FIXTURE.transportAppointed}`), { bom: true, columns: true }) as Record<string, string>[];
    const r = await api.gql<{ holders: Holding[] }>(`query($d: Date!, $o: String) { holders(asOf: $d, organization: $o) { ${holdingFields} } }`, {
      d: FIXTURE.transportAppointed,
      o: '青禾市交通局',
    });
    const holders = r.data!.holders;
    expect(holders).toHaveLength(4);
    for (const h of holders) {
      const row = rows.find((x) => x['人员编号'] === h.person.id && unguardCsvField(x['职务']) === h.post.name);
      expect(row).toBeDefined();
      expect(unguardCsvField(row!['姓名'])).toBe(h.person.name);
      expect(unguardCsvField(row!['机构'])).toBe(h.post.organization!.name);
      expect(row!['任职开始']).toBe(h.start ?? '');
      expect(row!['任职结束']).toBe(h.end ?? '');
      expect(row!['试用期满']).toBe(h.probationEnd ?? '');
      expect(row!['依据文号']).toBe(FIXTURE.transportNotice);
    }
  });

  // Validation against Popolo's own schemas: popolo-schemas.shared.spec.ts.
  it('gives each Popolo membership’s source as the notice page that exists (PUBLIC_URL when set)', async () => {
    const doc = JSON.parse(await text('/export/popolo')) as PopoloDocument;
    expect(doc.memberships.length).toBeGreaterThanOrEqual(7);
    for (const m of doc.memberships) {
      const url = m.sources![0].url;
      expect(url.startsWith(`${api.url}/notice/`)).toBe(true);
      expect((await fetch(url)).status).toBe(200);
    }
    process.env.PUBLIC_URL = 'https://renmian.example.gov.cn';
    const published = JSON.parse(await text('/export/popolo')) as PopoloDocument;
    delete process.env.PUBLIC_URL;
    const transport = published.memberships.find((m) => m.sources![0].note?.includes(FIXTURE.transportNotice));
    expect(transport!.sources![0].url).toBe(`https://renmian.example.gov.cn/notice/${encodeURIComponent(FIXTURE.transportNotice)}`);
  });
});
