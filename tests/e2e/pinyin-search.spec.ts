import { ApiServer, startApiServer } from '../support/api-server.util';

// Invented places and people; 王永辉 and 汪永慧 read alike (wangyonghui), 单 and 曾 are surnames read shan and zeng.
const notice = (number: string, date: string, ...body: string[]) =>
  ['# 万川县人民政府 关于任免王永辉等同志职务的通知', number, '县人民政府决定，任命：', ...body, '万川县人民政府', date].join('\n');

const FIRST = notice(
  '万政任〔2024〕3号',
  '2024年4月1日',
  '王永辉为万川县水利局局长；',
  '汪永慧为万川县统计局副局长；',
  '单一鸣为万川县审计局局长；',
  '曾晓岚为万川县林业局局长。',
);
const LATER = notice('万政任〔2024〕9号', '2024年9月1日', '王永华为万川县商务局局长。');

type People = { people: { name: string }[] };
type Orgs = { organizations: { name: string }[] };

describe('finding people, posts and organisations by pinyin', () => {
  let api: ApiServer;
  let editor: string;
  const people = async (search: string) => (await api.gql<People>('query($s: String!) { people(search: $s) { name } }', { s: search })).data!.people.map((p) => p.name);
  const organizations = async (search: string) =>
    (await api.gql<Orgs>('query($s: String!) { organizations(search: $s) { name } }', { s: search })).data!.organizations.map((o) => o.name);
  const page = (q: string) => fetch(`${api.url}/search?q=${encodeURIComponent(q)}`).then((r) => r.text());

  beforeAll(async () => {
    api = await startApiServer();
    editor = await api.editorKey();
    expect((await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t: FIRST }, editor)).errors).toBeUndefined();
  });
  afterAll(() => api.close());

  it('finds a person by initials and by full pinyin, namesakes in reading both', async () => {
    expect((await people('wyh')).sort()).toEqual(['汪永慧', '王永辉'].sort());
    expect((await people('wangyonghui')).sort()).toEqual(['汪永慧', '王永辉'].sort());
    expect(await people('Wang Yong Hui')).toHaveLength(2);
    expect(await people('yonghui')).toHaveLength(2);
  });

  it('reads 单 and 曾 as surnames (shan, zeng), and still finds them by the common reading', async () => {
    expect(await people('shanyiming')).toEqual(['单一鸣']);
    expect(await people('sym')).toEqual(['单一鸣']);
    expect(await people('danyiming')).toEqual(['单一鸣']);
    expect(await people('zengxiaolan')).toEqual(['曾晓岚']);
    expect(await people('zxl')).toEqual(['曾晓岚']);
  });

  it('keeps the Chinese search as it was: the name as written, and nothing found by reading', async () => {
    expect(await people('王永辉')).toEqual(['王永辉']);
    expect(await people('永')).toEqual(expect.arrayContaining(['王永辉', '汪永慧']));
  });

  it('finds organisations by their reading, whole readings before prefixes and syllables', async () => {
    expect(await organizations('wcxslj')).toEqual(['万川县水利局']);
    const found = await organizations('wanchuanxian');
    expect(found).toEqual(expect.arrayContaining(['万川县水利局', '万川县统计局', '万川县审计局', '万川县林业局']));
    expect(await organizations('shuiliju')).toEqual(['万川县水利局']);
  });

  it('lists pinyin hits on the search page under people, organisations and posts', async () => {
    const body = await page('wyh');
    expect(body).toContain(`<a href="/person/${encodeURIComponent('王永辉')}">王永辉</a>`);
    expect(body).toContain(`<a href="/person/${encodeURIComponent('汪永慧')}">汪永慧</a>`);
    const org = await page('wcxtjj');
    expect(org).toContain(`<a href="/org/${encodeURIComponent('万川县统计局')}">万川县统计局</a>`);
    // Posts by reading: 审计局局长.
    expect(await page('wcxsjjjz')).toContain('万川县审计局局长');
  });

  it('finds names loaded after the first search (the index reads new rows before each search)', async () => {
    expect(await people('wangyonghua')).toEqual([]);
    expect((await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t: LATER }, editor)).errors).toBeUndefined();
    expect(await people('wangyonghua')).toEqual(['王永华']);
    expect(await people('wyh')).toHaveLength(3);
  });

  it('refuses nothing new: a query of one letter or with digits is looked up as written only', async () => {
    expect(await people('w')).toEqual([]);
    expect(await people('wyh1')).toEqual([]);
  });
});
