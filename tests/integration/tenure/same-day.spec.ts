import type { ApiServer } from '../../support/api-server.util';
import { noticeText } from '../../support/notice-text.util';
import { ORDERS, history, holders, probationsEnding, serverWith } from './tenure-scenarios.util';

// Invented names. Three single seats on one day, each filled twice: by 11号 and 12号 of one issuer
// (the later number is the later decision), by one notice's two clauses (the later clause), and by
// two notices without numbers (nothing orders them: both kept, and a finding).
const ISSUER = '柏川市人民政府';
const DAY = '2024-03-04';
const COMMERCE = '柏川市商务局局长';
const STATS = '柏川市统计局局长';
const AUDIT = '柏川市审计局局长';
const unnumbered = (text: string) => text.replace(/\n\n\n/, '\n\n');

const NOTICES = [
  noticeText({ issuer: ISSUER, docNumber: '柏政任〔2023〕40号', date: '2023-02-01', appoint: [{ person: '孔立', post: COMMERCE }] }),
  noticeText({ issuer: ISSUER, docNumber: '柏政任〔2024〕11号', date: DAY, appoint: [{ person: '韩明', post: COMMERCE, probation: '一年' }] }),
  noticeText({ issuer: ISSUER, docNumber: '柏政任〔2024〕12号', date: DAY, appoint: [{ person: '魏亮', post: COMMERCE, probation: '一年' }] }),
  noticeText({ issuer: ISSUER, docNumber: '柏政任〔2024〕13号', date: DAY, appoint: [{ person: '蒋一', post: STATS }, { person: '沈二', post: STATS }] }),
  unnumbered(noticeText({ issuer: ISSUER, docNumber: '', date: DAY, appoint: [{ person: '杨三', post: AUDIT }] })),
  unnumbered(noticeText({ issuer: ISSUER, docNumber: '', date: DAY, appoint: [{ person: '朱四', post: AUDIT }] })),
];

describe.each(ORDERS)('same-day decisions about one seat, loaded %s', (order) => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await serverWith(NOTICES, order);
  });
  afterAll(() => api.close());

  it('give the seat to the later document number', async () => {
    const on = await holders(api, `asOf: "${DAY}", position: "${COMMERCE}"`);
    expect(on.map((h) => h.person.name)).toEqual(['魏亮']);
    const before = await holders(api, `asOf: "2024-03-03", position: "${COMMERCE}"`);
    expect(before.map((h) => h.person.name)).toEqual(['孔立']);
  });

  it('report the later appointee\'s probation end, and not the one-day holder\'s', async () => {
    const ending = await probationsEnding(api, '2025-03-01', '2025-03-10');
    expect(ending.map((h) => [h.person.name, h.probationEnd])).toEqual([['魏亮', '2025-03-03']]);
  });

  it('list the seat\'s history in the documents\' order, each inferred end citing the notice that implied it', async () => {
    const seat = await history(api, `position: "${COMMERCE}"`);
    expect(seat.map((e) => [e.effectiveOn, e.type, e.person.name, e.source.docNumber])).toEqual([
      ['2023-02-01', 'APPOINT', '孔立', '柏政任〔2023〕40号'],
      [DAY, 'INFERRED_END', '孔立', '柏政任〔2024〕11号'],
      [DAY, 'APPOINT', '韩明', '柏政任〔2024〕11号'],
      [DAY, 'INFERRED_END', '韩明', '柏政任〔2024〕12号'],
      [DAY, 'APPOINT', '魏亮', '柏政任〔2024〕12号'],
    ]);
  });

  it('give the seat to the later clause of one notice', async () => {
    expect((await holders(api, `asOf: "${DAY}", position: "${STATS}"`)).map((h) => h.person.name)).toEqual(['沈二']);
  });

  it('keep both appointees where nothing orders the notices, and raise a finding', async () => {
    const both = await holders(api, `asOf: "${DAY}", position: "${AUDIT}"`);
    expect(both.map((h) => h.person.name).sort()).toEqual(['朱四', '杨三'].sort());
    const r = await api.gql<{ reviewItems: { edges: { node: { kind: string; summary: string } }[] } }>('{ reviewItems(kind: TWO_OPEN_HOLDERS, first: 10) { edges { node { kind summary } } } }');
    const summaries = r.data!.reviewItems.edges.map((e) => e.node.summary);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toContain(AUDIT);
    expect(summaries[0]).toContain('同日有两份通知');
  });
});
