import type { ApiServer } from '../../support/api-server.util';
import { noticeText } from '../../support/notice-text.util';
import { ORDERS, holders, probationsEnding, serverWith } from './tenure-scenarios.util';

// Invented names. Probations that end where the last month has no corresponding day (civil-code
// reckoning), one cut short by a removal, and a removal with no known appointment on a seat whose
// previous holder is known.
const GOV = '栎阳市人民政府';
const HEAD = '栎阳市统计局局长';
const NOTICES = [
  noticeText({ issuer: GOV, docNumber: '栎政任〔2020〕1号', date: '2020-01-06', appoint: [{ person: '唐一', post: HEAD }] }),
  noticeText({ issuer: GOV, docNumber: '栎政任〔2021〕9号', date: '2021-06-01', remove: [{ person: '唐一', post: HEAD }] }),
  noticeText({ issuer: GOV, docNumber: '栎政任〔2023〕3号', date: '2023-03-01', remove: [{ person: '曹二', post: HEAD }] }),
  noticeText({ issuer: GOV, docNumber: '栎政任〔2023〕30号', date: '2023-08-31', appoint: [{ person: '宋远', post: '栎阳市统计局副局长', probation: '六个月' }] }),
  noticeText({ issuer: GOV, docNumber: '栎政任〔2024〕8号', date: '2024-02-29', appoint: [{ person: '吴桐', post: '栎阳市商务局副局长', probation: '一年' }] }),
  noticeText({ issuer: GOV, docNumber: '栎政任〔2024〕2号', date: '2024-01-10', appoint: [{ person: '郑岚', post: '栎阳市商务局副局长', probation: '一年' }] }),
  noticeText({ issuer: GOV, docNumber: '栎政任〔2024〕20号', date: '2024-06-03', remove: [{ person: '郑岚', post: '栎阳市商务局副局长' }] }),
];

describe.each(ORDERS)('probation at month ends and unknown starts, loaded %s', (order) => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await serverWith(NOTICES, order);
  });
  afterAll(() => api.close());

  it('ends a probation on the last day of a month that has no corresponding day, leap days included', async () => {
    expect((await probationsEnding(api, '2024-02-01', '2024-03-31')).map((h) => [h.person.name, h.probationEnd])).toEqual([['宋远', '2024-02-29']]);
    expect((await probationsEnding(api, '2025-02-01', '2025-03-31')).map((h) => [h.person.name, h.probationEnd])).toEqual([['吴桐', '2025-02-28']]);
  });

  it('reports no probation end for a tenure that ended before it', async () => {
    expect(await probationsEnding(api, '2025-01-01', '2025-01-31')).toEqual([]);
    const [h] = await holders(api, 'asOf: "2024-03-01", position: "栎阳市商务局副局长"').then((l) => l.filter((x) => x.person.name === '郑岚'));
    expect(h).toMatchObject({ end: '2024-06-03', probationEnd: null });
  });

  it('lets an unknown start reach back only to the end of the seat\'s previous known tenure', async () => {
    const at = async (day: string) => {
      const r = await api.gql<{ holders: { person: { name: string }; startKnown: boolean; startNotBefore: string | null }[] }>(
        `{ holders(asOf: "${day}", position: "${HEAD}") { person { name } startKnown startNotBefore } }`,
      );
      return r.data!.holders;
    };
    expect(await at('2020-05-01')).toEqual([{ person: { name: '唐一' }, startKnown: true, startNotBefore: null }]);
    expect(await at('2022-01-01')).toEqual([{ person: { name: '曹二' }, startKnown: false, startNotBefore: '2021-06-01' }]);
    expect(await at('2019-01-01')).toEqual([]);
  });
});
