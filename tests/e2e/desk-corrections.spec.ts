import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient } from '../support/desk-client.util';

// Invented names and bodies throughout.
const QINGHE = [
  '# 青禾市人民政府 关于任免张晓明等工作人员职务的通知',
  '青政任〔2024〕60号',
  '市人民政府决定，任命：',
  '张晓明为青禾市财政局局长（试用期一年）；',
  '李红为青禾市卫生检验监测中心副主任；',
  '此处文字模糊无法辨认；',
  '王建国为青禾市卫生检验检测中心副主任。',
  '免去：',
  '刘德明的青禾市审计局局长职务。',
  '青禾市人民政府',
  '2024年3月9日',
].join('\n');

const YUNLING = [
  '# 云岭县人民政府 关于任免王建国等工作人员职务的通知',
  '云政任〔2024〕8号',
  '县人民政府决定，任命：',
  '王建国为云岭县教育局副局长。',
  '云岭县人民政府',
  '2024年5月1日',
].join('\n');

type History = { history: { edges: { node: { id: string; type: string; person: { id: string; name: string } } }[] } };

describe('the desk’s review queue and corrections over HTTP', () => {
  let api: ApiServer;
  let editor: DeskClient;
  let reader: DeskClient;

  const eventOf = async (person: string) =>
    (await api.gql<History>(`{ history(person: "${person}") { edges { node { id type person { id name } } } } }`)).data!.history.edges.map((e) => e.node).find((n) => n.type === 'APPOINT')!;
  const auditCount = async () => (await api.gql<{ auditLog: { totalCount: number } }>('{ auditLog { totalCount } }')).data!.auditLog.totalCount;
  const versionOn = (page: string) => /name="version" value="(\d+)"/.exec(page)![1];
  const eventForm = (overrides: Record<string, string>, page: string) => ({
    version: versionOn(page),
    person: /name="person" value="([^"]*)"/.exec(page)![1],
    post: /name="post" value="([^"]*)"/.exec(page)![1],
    type: /<option value="(\w+)" selected>/.exec(page)![1],
    effectiveOn: /name="effectiveOn" value="([^"]*)"/.exec(page)![1],
    probationMonths: /name="probationMonths" min="1" max="120" value="([^"]*)"/.exec(page)![1],
    reason: '',
    ...overrides,
  });

  beforeAll(async () => {
    api = await startApiServer();
    const key = await api.editorKey();
    for (const t of [QINGHE, YUNLING]) expect((await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t }, key)).errors).toBeUndefined();
    editor = new DeskClient(api);
    expect((await editor.signIn(key)).status).toBe(303);
    reader = new DeskClient(api);
    expect((await reader.signIn(await api.key('reader', 'desk-reader'))).status).toBe(303);
  });
  afterAll(() => api.close());

  it('groups the review queue by kind, with evidence and links', async () => {
    const r = await editor.get('/review');
    expect(r.status).toBe(200);
    for (const heading of ['试用期满未见正式任职', '可能是同一机构', '不同发文机关下的同名人员', '未能读取的行']) expect(r.body).toContain(heading);
    // A removal with no known appointment (刘德明) is not a finding.
    expect(r.body).not.toContain('免职但无已知任命');
    expect(r.body).toMatch(/“青禾市卫生检验[监检]测中心”与“青禾市卫生检验[监检]测中心”只差“[监检]\/[监检]”/);
    expect(r.body).toContain('href="/correct/organizations?ids=');
    expect(r.body).toContain('此处文字模糊无法辨认');
    expect(r.body).toContain(`href="/notice/${encodeURIComponent('青政任〔2024〕60号')}#L`);
  });

  it('lets a reader look at the queue but not dismiss: 403 with a message, nothing dismissed', async () => {
    const page = await reader.get('/review');
    expect(page.status).toBe(200);
    expect(page.body).toContain('只读账号');
    const id = /name="id" value="([^"]+)"/.exec(page.body)![1];
    const before = await auditCount();
    const r = await reader.post('/review/dismiss', { id, reason: '看过了' });
    expect(r.status).toBe(403);
    expect(r.body).toContain('只读账号');
    expect(await auditCount()).toBe(before);
    expect((await editor.get('/review')).body).toContain(`value="${id}"`);
  });

  it('refuses a form without the session’s csrf value, or with another session’s, and changes nothing', async () => {
    const id = /name="id" value="([^"]+)"/.exec((await editor.get('/review')).body)![1];
    const before = await auditCount();
    for (const csrf of [false, '', await reader.csrf()] as const) {
      const r = await editor.post('/review/dismiss', { id, reason: '看过了' }, { csrf });
      expect(r.status).toBe(403);
      expect(r.body).toContain('csrf');
    }
    const anonymous = await new DeskClient(api).post('/review/dismiss', { id, reason: '看过了' }, { csrf: false });
    expect(anonymous.status).toBe(403);
    expect(await auditCount()).toBe(before);
  });

  it('dismisses a finding only with a reason, which the audit log keeps', async () => {
    const page = (await editor.get('/review')).body;
    const id = /data-id="(unparsed:[\d:]+)"/.exec(page)![1];
    const empty = await editor.post('/review/dismiss', { id, reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('请填写忽略的理由');
    const r = await editor.post('/review/dismiss', { id, reason: '原件此处污损，已核对纸本' });
    expect(r.status).toBe(303);
    expect(r.location).toBe('/review?dismissed=1');
    expect((await editor.get('/review')).body).not.toContain(`data-id="${id}"`);
    const audit = await editor.get('/audit');
    expect(audit.body).toContain('忽略核查项');
    expect(audit.body).toContain('原件此处污损，已核对纸本');
  });

  it('corrects an event from its form: the person page and the audit log show the correction and its reason', async () => {
    const event = await eventOf('张晓明');
    const form = await editor.get(`/correct/event/${event.id}`);
    expect(form.status).toBe(200);
    expect(form.body).toContain('value="张晓明"');
    const r = await editor.post(`/correct/event/${event.id}`, eventForm({ person: '张小明', reason: '扫描件把“小”识别成“晓”' }, form.body));
    expect(r.status).toBe(303);
    expect(decodeURIComponent(r.location!)).toMatch(/^\/person\/张小明\?corrected=\d+#p\d+$/);
    const person = await editor.get(r.location!.split('#')[0]);
    expect(person.body).toContain('已保存更正');
    expect(person.body).toContain('扫描件把“小”识别成“晓”');
    const audit = await editor.get(`/audit?actor=test-editor`);
    expect(audit.body).toContain('更正任免事项');
    expect(audit.body).toContain('扫描件把“小”识别成“晓”');
    expect(audit.body).toMatch(/张晓明<\/td><td>→ 张小明/);
    expect(audit.body).toContain(`href="/notice/${encodeURIComponent('青政任〔2024〕60号')}"`);
  });

  it('shows a lost race as a message on the form (409), writing nothing', async () => {
    const event = await eventOf('李红');
    const stale = await editor.get(`/correct/event/${event.id}`);
    const first = await editor.post(`/correct/event/${event.id}`, eventForm({ probationMonths: '6', reason: '人事处函告试用期六个月' }, stale.body));
    expect(first.status).toBe(303);
    const before = await auditCount();
    const second = await editor.post(`/correct/event/${event.id}`, eventForm({ probationMonths: '12', reason: '据另一份材料' }, stale.body));
    expect(second.status).toBe(409);
    expect(second.body).toContain('刚刚被他人更改');
    expect(second.body).toContain('value="12"');
    expect(second.body).not.toContain('服务器处理时出错');
    expect(await auditCount()).toBe(before);
  });

  it('names the field that is wrong and writes nothing', async () => {
    const event = await eventOf('王建国');
    const form = await editor.get(`/correct/event/${event.id}`);
    const before = await auditCount();
    const cases: [Record<string, string>, string][] = [
      [{ effectiveOn: '2024-02-30', reason: '日期' }, '生效日期'],
      [{ probationMonths: '0', reason: '试用期' }, '试用期'],
      [{ person: '王建', reason: '' }, '更正理由'],
      [{ reason: '无变化' }, '没有要更正的内容'],
    ];
    for (const [fields, words] of cases) {
      const r = await editor.post(`/correct/event/${event.id}`, eventForm(fields, form.body));
      expect(r.status).toBe(400);
      expect(r.body).toContain(words);
    }
    expect(await auditCount()).toBe(before);
  });

  it('merges two spellings of one organisation', async () => {
    const queue = (await editor.get('/review')).body;
    const item = queue.split('<li class="review-item"').find((li) => li.includes('卫生检验监测中心') && li.includes('/correct/organizations?ids='))!;
    const ids = /href="\/correct\/organizations\?ids=(\d+,\d+)"/.exec(item)![1];
    const form = await editor.get(`/correct/organizations?ids=${ids}`);
    expect(form.body).toContain('青禾市卫生检验监测中心');
    const r = await editor.post('/correct/organizations', { ids: ids.split(','), reason: '同一中心，扫描错字' });
    expect(r.status).toBe(303);
    const org = await editor.get(r.location!);
    expect(org.body).toContain('又作');
  });

  it('merges two people of one name and splits them again', async () => {
    const form = await editor.get(`/correct/people?name=${encodeURIComponent('王建国')}`);
    const ids = [...form.body.matchAll(/name="ids" value="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    const refused = await editor.post('/correct/people', { ids: ids.slice(0, 1), reason: '同一人' });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('请至少勾选两个人员');
    const merged = await editor.post('/correct/people', { ids, reason: '同一人调任' });
    expect(merged.status).toBe(303);
    const survivor = /#p(\d+)$/.exec(merged.location!)![1];
    const split = await editor.get(`/correct/split/${survivor}`);
    const eventIds = [...split.body.matchAll(/name="eventIds" value="(\d+)"/g)].map((m) => m[1]);
    expect(eventIds.length).toBeGreaterThanOrEqual(2);
    const r = await editor.post(`/correct/split/${survivor}`, { eventIds: eventIds.slice(-1), reason: '经核实为两人' });
    expect(r.status).toBe(303);
    expect(r.location).not.toContain(`#p${survivor}`);
    expect((await editor.get('/audit')).body).toContain('经核实为两人');
  });

  it('accepts a suggested link from the queue with a reason: one person, the merge in the audit log', async () => {
    const key = await api.editorKey();
    const congress = [
      '# 青禾市人民代表大会常务委员会 关于任命刘德明职务的通知',
      '青人常任〔2024〕4号',
      '经研究决定，任命：',
      '刘德明为青禾市人民政府副市长。',
      '青禾市人民代表大会常务委员会',
      '2024年4月2日',
    ].join('\n');
    expect((await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t: congress }, key)).errors).toBeUndefined();
    const queue = (await editor.get('/review')).body;
    const item = queue.split('<li class="review-item"').find((li) => li.includes('可能是同一人') && li.includes('刘德明'))!;
    const id = /data-id="(same-person:\d+:\d+)"/.exec(item)![1];
    expect(item).toContain('action="/review/accept"');
    const refused = await reader.post('/review/accept', { id, reason: '同一人' });
    expect(refused.status).toBe(403);
    const empty = await editor.post('/review/accept', { id, reason: '' });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('请填写接受的理由');
    const r = await editor.post('/review/accept', { id, reason: '市人大任命的即原审计局局长' });
    expect(r.status).toBe(303);
    expect(r.location).toBe('/review?accepted=1');
    const after = await editor.get(r.location!);
    expect(after.body).toContain('已接受该项并合并');
    expect(after.body).not.toContain(`data-id="${id}"`);
    expect((await editor.get('/audit')).body).toContain('市人大任命的即原审计局局长');
  });

  it('retracts a notice with a reason; a second retraction is a message, not an error page', async () => {
    const number = '云政任〔2024〕8号';
    const form = await editor.get(`/correct/retract?notice=${encodeURIComponent(number)}`);
    expect(form.status).toBe(200);
    const r = await editor.post('/correct/retract', { notice: number, reason: '发文机关通知作废' });
    expect(r.status).toBe(303);
    expect((await editor.get(r.location!)).body).toContain('此通知已于');
    const again = await editor.post('/correct/retract', { notice: number, reason: '再次' });
    expect(again.status).toBe(404);
    expect(again.body).toContain('已不再计入');
  });
});
