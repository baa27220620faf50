import type { ApiServer } from '../../support/api-server.util';
import { noticeText } from '../../support/notice-text.util';
import { ORDERS, history, holders, page, serverWith } from './tenure-scenarios.util';

// Invented names. Two decisions of one issuer on one day fill one seat: the first appointee's tenure
// begins and ends that day, [2024-05-06, 2024-05-06) — a fact with two dates, not nothing.
const SEAT = '松岭市水务局局长';
const NOTICES = [
  noticeText({ issuer: '松岭市人民政府', docNumber: '松政任〔2023〕10号', date: '2023-01-10', appoint: [{ person: '冯一', post: '松岭市水务局副局长' }] }),
  noticeText({ issuer: '松岭市人民政府', docNumber: '松政任〔2024〕11号', date: '2024-05-06', appoint: [{ person: '冯一', post: SEAT }] }),
  noticeText({ issuer: '松岭市人民政府', docNumber: '松政任〔2024〕12号', date: '2024-05-06', appoint: [{ person: '陈二', post: SEAT }] }),
  noticeText({ issuer: '松岭市人民政府', docNumber: '松政任〔2024〕30号', date: '2024-09-02', appoint: [{ person: '冯一', post: '松岭市水务局党组书记' }] }),
];

describe.each(ORDERS)('a zero-day tenure, loaded %s', (order) => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await serverWith(NOTICES, order);
  });
  afterAll(() => api.close());

  it('keeps both of its dates in history, sorted among the other events by date', async () => {
    const seat = await history(api, `position: "${SEAT}"`);
    const inferred = seat.filter((e) => e.type === 'INFERRED_END');
    expect(inferred).toHaveLength(1);
    expect(inferred[0]).toMatchObject({ inferred: true, effectiveOn: '2024-05-06', person: { name: '冯一' }, source: { docNumber: '松政任〔2024〕12号' } });
    expect(seat.map((e) => e.effectiveOn)).toEqual(['2024-05-06', '2024-05-06', '2024-05-06']);
    const person = inferred[0].person.name;
    const own = await history(api, `person: "${person}"`);
    const days = own.map((e) => e.effectiveOn);
    expect(days).toEqual([...days].sort());
    expect(days).toContain('2024-05-06');
  });

  it('is not a holder on its day, and the other appointee is', async () => {
    const on = await holders(api, `asOf: "2024-05-06", position: "${SEAT}"`);
    expect(on).toHaveLength(1);
    expect(on[0]).toMatchObject({ person: { name: '陈二' }, start: '2024-05-06', end: null });
  });

  it('shows on the person page with its start and its end', async () => {
    const seat = await history(api, `position: "${SEAT}"`);
    const person = seat.find((e) => e.type === 'INFERRED_END')!.person.name;
    const html = await page(api, `/person/${encodeURIComponent(person)}`);
    // The tenures table (the career picture above it says the same in its tooltips).
    const row = html.slice(html.indexOf('<table class="tenures"')).split('<tr>').find((r) => r.includes(SEAT) && r.includes('由继任者接替'));
    expect(row).toBeDefined();
    expect(row!.match(/2024年5月6日/g)).toHaveLength(2);
    expect(row).toContain('<td>2024年5月6日</td><td>2024年5月6日 由继任者接替');
  });
});
