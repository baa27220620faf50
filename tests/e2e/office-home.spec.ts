import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient } from '../support/desk-client.util';
import { officeNotices } from '../support/office-fixtures.util';

/** The count a panel of the home page shows, and the links it offers. */
function panel(body: string, id: string): { count: number; html: string } {
  const m = new RegExp(`<section class="panel" id="${id}">([\\s\\S]*?)</section>`).exec(body);
  if (!m) throw new Error(`no panel #${id} on the page`);
  return { count: Number(/<span class="count">(\d+)<\/span>/.exec(m[1])![1]), html: m[1] };
}

describe('the office home page of a signed-in desk session', () => {
  let api: ApiServer;
  let editor: DeskClient;
  const fixtures = officeNotices();
  const tokenOn = (page: string) => /name="preview" value="([^"]+)"/.exec(page)![1];

  beforeAll(async () => {
    api = await startApiServer();
    editor = new DeskClient(api);
    expect((await editor.signIn(await api.key('editor', '柳编辑'))).status).toBe(303);
    // Both loads through the desk, as a clerk loads them: each leaves its audit entry.
    for (const text of [fixtures.first, fixtures.second]) {
      const preview = await editor.post('/ingest/preview', { text });
      expect(preview.status).toBe(200);
      expect((await editor.post('/ingest/confirm', { preview: tokenOn(preview.body) })).status).toBe(303);
    }
  });
  afterAll(() => api.close());

  it('lists the probations ending in 30 days, counted as /probations counts them, with the link to it', async () => {
    const home = await editor.get('/');
    expect(home.status).toBe(200);
    const ending = panel(home.body, 'probations-ending');
    expect(ending.count).toBe(1);
    expect(ending.html).toContain(fixtures.endingSoon);
    expect(ending.html).toContain('href="/probations?days=30"');
    const full = await editor.get('/probations?days=30');
    expect(full.body).toContain('共 1 人');
    expect(full.body).toContain(fixtures.endingSoon);
  });

  it('lists the probations ended without confirmation, as the review queue finds them', async () => {
    const overdue = panel((await editor.get('/')).body, 'probations-unconfirmed');
    expect(overdue.count).toBe(1);
    expect(overdue.html).toContain(`/person/${encodeURIComponent(fixtures.overdue)}`);
    expect(overdue.html).toContain('href="/review#PROBATION_ENDED_UNCONFIRMED"');
    expect((await editor.get('/review')).body).toContain('id="PROBATION_ENDED_UNCONFIRMED"');
  });

  it('counts the review queue by weight, each item with its severity badge, and links the queue', async () => {
    const review = panel((await editor.get('/')).body, 'review');
    const queue = (await editor.get('/review')).body;
    const queued = Number(/共 (\d+) 项/.exec(queue)![1]);
    expect(review.count).toBe(queued);
    expect(review.html).toMatch(/<span class="badge sev-high">重要<\/span> 1 项/);
    expect(review.html).toContain('href="/review"');
  });

  it('lists the vacant seats, counted as /vacancies counts them, each with its succession linked', async () => {
    const vacant = panel((await editor.get('/')).body, 'vacancies');
    expect(vacant.count).toBe(1);
    expect(vacant.html).toContain(`href="/post/${encodeURIComponent(fixtures.vacant)}"`);
    expect(vacant.html).toContain('href="/vacancies"');
    const full = await editor.get('/vacancies');
    expect(full.status).toBe(200);
    expect((full.body.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1].match(/<tr>/g) ?? []).length).toBe(1);
    expect(full.body).toContain(fixtures.vacant);
    expect(full.body).toContain('程远山');
    expect((await editor.get('/vacancies?asOf=2024-13-01')).status).toBe(400);
  });

  it('says what was loaded lately, by whom and when (with the zone), each notice linked', async () => {
    const loads = panel((await editor.get('/')).body, 'loads');
    expect(loads.count).toBe(2);
    expect(loads.html).toContain('柳编辑');
    expect(loads.html).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} GMT[+-]\d/);
    for (const n of ['松政任〔2021〕4号', '松政任〔2025〕9号', '松政任〔2025〕10号']) expect(loads.html).toContain(`href="/notice/${encodeURIComponent(n)}"`);
    // The newest first: the two-notice load before the first.
    expect(loads.html.indexOf('松政任〔2025〕9号')).toBeLessThan(loads.html.indexOf('松政任〔2021〕4号'));
    expect(loads.html).toContain('href="/audit?action=loadNotices"');
    const audit = (await editor.get('/audit?action=loadNotices')).body;
    expect(audit).toContain('共 2 条');
  });

  it('says in a sentence that /probations is empty, instead of a bare table', async () => {
    const empty = await startApiServer();
    try {
      const body = await fetch(`${empty.url}/probations?days=30`).then((r) => r.text());
      expect(body).not.toContain('id="probations"');
      expect(body).toMatch(/<p class="empty">\d{4}年\d{1,2}月\d{1,2}日起30天内，没有试用期届满的在任人员。/);
      expect(body).toContain('href="/probations?days=90&amp;sort=date"');
    } finally {
      await empty.close();
    }
  });

  it('shows severity as a styled badge in the review queue, and audit times with their zone', async () => {
    const queue = (await editor.get('/review')).body;
    expect(queue).toContain('<span class="badge sev-high">重要</span>');
    expect(queue).toMatch(/\.badge\.sev-high\{background:#[0-9a-f]{6}/);
    const audit = (await editor.get('/audit')).body;
    expect(audit).toContain('<th>时间</th>');
    expect(audit).toMatch(/<td class="at">\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} GMT\+8<\/td>/);
  });

  it('folds the notice page’s merge links into one <details> and links its organisations’ names', async () => {
    const page = (await editor.get(`/notice/${encodeURIComponent('松政任〔2025〕9号')}`)).body;
    expect(page).toMatch(/<details class="merges"><summary>合并机构（2 个机构）<\/summary>/);
    expect(page.match(/合并机构“/g)).toHaveLength(2);
    expect(page).toContain(`<a class="org" href="/org/${encodeURIComponent('松溪县水利局')}">松溪县水利局</a>局长`);
  });

  it('shows the plain search page to someone not signed in', async () => {
    const page = await fetch(`${api.url}/`).then((r) => r.text());
    expect(page).not.toContain('class="panel"');
    expect(page).toContain('最近的任免通知');
  });
});
