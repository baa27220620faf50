import type { ApiServer } from '../../support/api-server.util';
import { SUCCESSION_NOTICES as NOTICES } from '../../support/succession-fixtures.util';
import { ORDERS, page, serverWith } from './tenure-scenarios.util';

interface Vacancy {
  post: { name: string; singleSeat: boolean };
  since: string;
  lastHolding: { person: { name: string }; start: string | null; end: string; endReason: string; endInferred: boolean };
  endedBy: { docNumber: string | null } | null;
  acting: { person: { name: string }; post: { name: string }; acting: boolean; start: string | null } | null;
}

async function vacancies(api: ApiServer, asOf: string, organization?: string): Promise<Vacancy[]> {
  const org = organization ? `, organization: "${organization}"` : '';
  const r = await api.gql<{ vacancies: Vacancy[] }>(
    `{ vacancies(asOf: "${asOf}"${org}) { post { name singleSeat } since lastHolding { person { name } start end endReason endInferred }
       endedBy { docNumber } acting { person { name } post { name } acting start } } }`,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.vacancies;
}

const FORESTRY = '柏川市林业局';

describe.each(ORDERS)('succession and vacancies, loaded %s', (order) => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await serverWith(NOTICES, order);
  });
  afterAll(() => api.close());

  it('a removal leaves the seat vacant from its day, naming the last holder and the notice that removed him', async () => {
    expect(await vacancies(api, '2018-07-01', FORESTRY)).toEqual([
      {
        post: { name: '柏川市林业局局长', singleSeat: true },
        since: '2018-06-01',
        lastHolding: { person: { name: '韦青山' }, start: '2015-03-02', end: '2018-06-01', endReason: 'REMOVED', endInferred: false },
        endedBy: { docNumber: '柏政任〔2018〕7号' },
        acting: null,
      },
    ]);
  });

  it('an acting head fills the seat as acting: still listed, with the acting holder', async () => {
    const [v] = await vacancies(api, '2018-10-01', FORESTRY);
    expect(v.since).toBe('2018-06-01');
    expect(v.acting).toEqual({ person: { name: '牛晓风' }, post: { name: '柏川市林业局代理局长' }, acting: true, start: '2018-09-03' });
  });

  it('a seat held on the day, and a seat not yet filled in the records, are not vacancies', async () => {
    expect(await vacancies(api, '2019-04-01', FORESTRY)).toEqual([]);
    expect(await vacancies(api, '2015-03-01', FORESTRY)).toEqual([]);
    // 葛长河's start is unknown: before his removal the seat is held, not empty.
    expect(await vacancies(api, '2020-04-30', '柏川市水务局')).toEqual([]);
  });

  it('across all organisations: each vacant single seat once, never the deputies', async () => {
    const row = (v: Vacancy) => [v.post.name, v.since, v.lastHolding.person.name, v.lastHolding.start, v.endedBy?.docNumber];
    expect((await vacancies(api, '2021-03-01')).map(row)).toEqual([['柏川市水务局局长', '2020-05-01', '葛长河', null, '柏政任〔2020〕4号']]);
    expect((await vacancies(api, '2023-03-01')).map(row)).toEqual([['柏川市林业局局长', '2023-02-01', '褚远帆', '2021-07-01', '柏政任〔2023〕1号']]);
  });

  it('refuses a date that is not one', async () => {
    const r = await api.gql('{ vacancies(asOf: "2023-02-30") { since } }');
    expect(r.errors?.[0].message).toMatch(/asOf/);
  });

  it('the succession page lists every holder in order, acting and inferred ends marked, with the notices of each', async () => {
    const html = await page(api, `/post/${encodeURIComponent('柏川市林业局局长')}`);
    const table = html.slice(html.indexOf('<table id="succession"'), html.indexOf('</table>', html.indexOf('<table id="succession"')));
    const rows = table.split('<tr').slice(2);
    const cells = rows.map((r) => [...r.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1].replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim()));
    expect(cells.map((c) => c.slice(1, 5))).toEqual([
      ['韦青山', '局长', '2015年3月2日', '2018年6月1日 免职'],
      ['牛晓风', '局长 代理', '2018年9月3日', '2019年4月1日 代理结束（该职已任命） 推断'],
      ['牛晓风', '局长', '2019年4月1日', '2021年7月1日 由继任者接替 推断'],
      ['褚远帆', '局长', '2021年7月1日', '2023年2月1日 免职'],
    ]);
    expect(cells[2][5]).toBe('2020年3月31日');
    expect(cells.map((c) => [c[6], c[7]])).toEqual([
      ['柏政任〔2015〕3号', '柏政任〔2018〕7号'],
      ['柏政任〔2018〕12号', '柏政任〔2019〕2号'],
      ['柏政任〔2019〕2号', '柏政任〔2021〕5号'],
      ['柏政任〔2021〕5号', '柏政任〔2023〕1号'],
    ]);
    expect(html).toContain(`href="/notice/${encodeURIComponent('柏政任〔2018〕7号')}"`);
  });

  it('the succession page shades and lists the vacancies: the three months before the acting head, and since the last removal', async () => {
    const html = await page(api, `/post/${encodeURIComponent('柏川市林业局局长')}`);
    expect(html).toMatch(/<figure class="timeline" id="succession-chart">\s*<svg [^>]*role="img" aria-labelledby="succession-chart-caption"/);
    expect(html).toContain('<figcaption id="succession-chart-caption">');
    expect(html.match(/class="gap"/g)).toHaveLength(2);
    const vacancyTable = html.slice(html.indexOf('<table id="post-vacancies"'));
    expect(vacancyTable).toMatch(/2018年6月1日<\/td><td>2018年9月3日<\/td><td>94<\/td>/);
    expect(vacancyTable).toMatch(/2023年2月1日<\/td><td><strong>至今仍空缺<\/strong>/);
  });

  it('an unknown start is said and drawn as unknown', async () => {
    const html = await page(api, `/post/${encodeURIComponent('柏川市水务局局长')}`);
    expect(html).toContain('class="bar unknown-start"');
    expect(html).toMatch(/<td><span class="muted">未载明<\/span><\/td>/);
  });

  it('the organisation page lists its vacancies on the day, says what is not one, and draws its posts over the years asked', async () => {
    const html = await page(api, `/org/${encodeURIComponent(FORESTRY)}?asOf=2018-10-01&from=2014&to=2024`);
    const vacancyTable = html.slice(html.indexOf('<table id="vacancies"'), html.indexOf('</table>', html.indexOf('<table id="vacancies"')));
    expect(vacancyTable).toContain('2018年6月1日');
    expect(vacancyTable).toContain('>韦青山<');
    expect(vacancyTable).toContain('柏政任〔2018〕7号');
    expect(vacancyTable).toMatch(/由<a [^>]*>牛晓风<\/a>[\s\S]*代理/);
    expect(html).toContain('记录中从未有人任职的职位不算空缺');
    expect(html).toContain('2014年至2024年任职时间图');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg.match(/<g class="bar[^"]*"/g)).toHaveLength(5);
    expect(svg).toContain('class="bar acting inferred"');
    // Rows: the head's seat, its acting post right after, then the seats of several.
    expect([...svg.matchAll(/<a href="\/post\/[^"]+"><text [^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['局长', '代理局长', '副局长']);
    expect(svg).toContain(`href="/post/${encodeURIComponent('柏川市林业局副局长')}"`);
  });

  it('refuses a span it cannot draw, in words a clerk reads', async () => {
    const res = await fetch(`${api.url}/org/${encodeURIComponent(FORESTRY)}?from=2024&to=2014`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('起始年（2024）不能晚于截止年（2014）');
    for (const [query, words] of [
      ['from=20x4', '年份请填写四位数字'],
      ['from=2014&from=2015', '年份请填写四位数字'],
      ['from=1800&to=1850', '年份须在 1900 至 2200 之间'],
      ['from=1900&to=2100', '时间图最多显示 100 年'],
    ]) {
      const r = await fetch(`${api.url}/org/${encodeURIComponent(FORESTRY)}?${query}`);
      expect([query, r.status, (await r.text()).includes(words)]).toEqual([query, 400, true]);
    }
  });

  it('says plainly when a post is unknown, or its name unusable', async () => {
    const missing = await fetch(`${api.url}/post/${encodeURIComponent('柏川市林业局总规划师')}`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('没有名为“柏川市林业局总规划师”的职务');
    const nul = await fetch(`${api.url}/post/a%00b`);
    expect(nul.status).toBe(400);
    expect(await nul.text()).toContain('地址中含有无效字符');
  });
});
