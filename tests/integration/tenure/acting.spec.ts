import type { ApiServer } from '../../support/api-server.util';
import { ORDERS, decisionText, history, page, serverWith } from './tenure-scenarios.util';

// Invented names. 韩冬 acts as head of the finance bureau and is then appointed its head; at the
// education bureau 许诺 acts, then 孟夏 is named acting instead, then 方舟 is appointed head.
const GOV = '槐州市人民政府';
const NOTICES = [
  decisionText(GOV, '槐政任〔2023〕5号', '2023-03-01', ['免去吕青的槐州市财政局局长职务；', '决定韩冬代理槐州市财政局局长职务。']),
  decisionText(GOV, '槐政任〔2023〕6号', '2023-04-03', ['决定许诺代理槐州市教育局局长职务。']),
  decisionText(GOV, '槐政任〔2023〕15号', '2023-07-03', ['决定孟夏为槐州市教育局代理局长。']),
  decisionText(GOV, '槐政任〔2023〕20号', '2023-09-01', ['任命韩冬为槐州市财政局局长。']),
  decisionText(GOV, '槐政任〔2023〕25号', '2023-10-09', ['任命方舟为槐州市教育局局长。']),
];

interface Held {
  person: { name: string };
  post: { name: string };
  acting: boolean;
  end: string | null;
  endReason: string | null;
  endInferred: boolean;
}

async function heads(api: ApiServer, organization: string, asOf: string): Promise<Held[]> {
  const r = await api.gql<{ holders: Held[] }>(`{ holders(organization: "${organization}", asOf: "${asOf}") { person { name } post { name } acting end endReason endInferred } }`);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.holders;
}

describe.each(ORDERS)('acting posts, loaded %s', (order) => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await serverWith(NOTICES, order);
  });
  afterAll(() => api.close());

  it('show the acting head as acting', async () => {
    expect(await heads(api, '槐州市财政局', '2023-05-01')).toEqual([
      { person: { name: '韩冬' }, post: { name: '槐州市财政局代理局长' }, acting: true, end: '2023-09-01', endReason: 'POST_FILLED', endInferred: true },
    ]);
  });

  it('end when the acting holder is appointed to the post: he is listed once, as head', async () => {
    expect(await heads(api, '槐州市财政局', '2023-09-01')).toEqual([
      { person: { name: '韩冬' }, post: { name: '槐州市财政局局长' }, acting: false, end: null, endReason: null, endInferred: false },
    ]);
  });

  it('end when another acting holder is named, and when anyone is appointed to the post', async () => {
    expect((await heads(api, '槐州市教育局', '2023-05-01')).map((h) => [h.person.name, h.acting, h.end, h.endReason])).toEqual([['许诺', true, '2023-07-03', 'SUPERSEDED']]);
    expect((await heads(api, '槐州市教育局', '2023-08-01')).map((h) => [h.person.name, h.acting, h.end, h.endReason])).toEqual([['孟夏', true, '2023-10-09', 'POST_FILLED']]);
    expect((await heads(api, '槐州市教育局', '2023-10-09')).map((h) => [h.person.name, h.acting])).toEqual([['方舟', false]]);
  });

  it('list the inferred end in history, citing the appointment to the post', async () => {
    const acting = await history(api, 'position: "槐州市教育局代理局长"');
    expect(acting.filter((e) => e.type === 'INFERRED_END').map((e) => [e.effectiveOn, e.person.name, e.source.docNumber])).toEqual([
      ['2023-07-03', '许诺', '槐政任〔2023〕15号'],
      ['2023-10-09', '孟夏', '槐政任〔2023〕25号'],
    ]);
  });

  it('mark the acting head on the organisation page', async () => {
    const html = await page(api, `/org/${encodeURIComponent('槐州市财政局')}?asOf=2023-05-01`);
    expect(html).toMatch(/<td><a href="\/post\/[^"]+" title="历任">局长<\/a> <span class="acting"[^>]*>代理<\/span><\/td>/);
    const after = await page(api, `/org/${encodeURIComponent('槐州市财政局')}?asOf=2023-09-01`);
    // Today's table: the timeline's text version below still lists the earlier acting tenure, marked.
    expect(after.slice(after.indexOf('<table id="holders"'), after.indexOf('</table>'))).not.toContain('class="acting"');
    expect(after).toContain('id="org-timeline-table"');
  });
});
