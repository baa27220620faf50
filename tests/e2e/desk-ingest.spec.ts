import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient, onDatabase } from '../support/desk-client.util';

// Invented names throughout.
const KNOWN = [
  [
    '# 青禾市人民政府 关于任免周一鸣等工作人员职务的通知',
    '青政任〔2024〕70号',
    '市人民政府决定，任命：',
    '周一鸣为青禾市财政局局长；',
    '陈小雨为青禾市农业局副局长。',
    '青禾市人民政府',
    '2024年1月5日',
  ].join('\n'),
  ['# 云岭县人民政府 关于任免孔令辉职务的通知', '云政任〔2024〕3号', '县人民政府决定，任命：', '孔令辉为云岭县水务局局长。', '云岭县人民政府', '2024年2月1日'].join('\n'),
];

const NEW = [
  '# 青禾市人民政府 关于任免孔令辉等工作人员职务的通知',
  '青政任〔2024〕80号',
  '市人民政府决定，任命：',
  '孔令辉为青禾市财政局局长（试用期一年）；',
  '此处文字模糊无法辨认；',
  '免去：',
  '陈小雨的青禾市农业局副局长职务。',
  '青禾市人民政府',
  '2024年6月1日',
  '',
  '# 青禾市人民政府 关于任命何静的通知',
  '青政任〔2024〕81号',
  '市人民政府决定，任命：',
  '何静为青禾市统计局局长。',
  '青禾市人民政府',
].join('\n');

const NUMBER = '青政任〔2024〕80号';

describe('loading notices at the desk over HTTP', () => {
  let api: ApiServer;
  let editor: DeskClient;
  let reader: DeskClient;
  const counts = () =>
    onDatabase(api, async (db) => {
      const { rows } = await db.query(
        'SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM notices)::int AS notices, (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM tenures)::int AS tenures',
      );
      return rows[0] as { documents: number; notices: number; events: number; tenures: number };
    });
  const tokenOn = (page: string) => /name="preview" value="([^"]+)"/.exec(page)![1];

  beforeAll(async () => {
    api = await startApiServer();
    const key = await api.editorKey();
    for (const t of KNOWN) expect((await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t }, key)).errors).toBeUndefined();
    editor = new DeskClient(api);
    await editor.signIn(key);
    reader = new DeskClient(api);
    await reader.signIn(await api.key('reader', 'desk-reader'));
  });
  afterAll(() => api.close());

  it('shows the load form with a file field and a text field', async () => {
    const r = await editor.get('/ingest');
    expect(r.status).toBe(200);
    expect(r.body).toContain('enctype="multipart/form-data"');
    expect(r.body).toContain('type="file" name="file"');
    expect(r.body).toContain('name="text"');
    expect((await reader.get('/ingest')).body).toMatch(/<button type="submit" disabled>预览<\/button>/);
  });

  it('previews a pasted text — notices, events beside their lines, the unread line, warnings — and saves nothing', async () => {
    const before = await counts();
    const r = await editor.post('/ingest/preview', { text: NEW });
    expect(r.status).toBe(200);
    expect(r.body).toContain('找到 2 份任免通知，3 项任免事项，<strong>1 行未能读取</strong>');
    expect(r.body).toMatch(/<span class="clause" data-line="4"[^>]*>孔令辉为青禾市财政局局长（试用期一年）；<\/span><span class="events-beside"><div class="event">任命：孔令辉 青禾市财政局局长（试用期一年）/);
    expect(r.body).toMatch(/<span class="unparsed" data-line="5"[^>]*>此处文字模糊无法辨认；/);
    // The warnings: a notice with no date, a namesake holding a post under another issuer, a single seat's holder ended.
    expect(r.body).toContain('青政任〔2024〕81号 没有找到日期');
    expect(r.body).toContain('孔令辉 已在云岭县人民政府的通知中任 云岭县水务局局长');
    expect(r.body).toContain('青禾市财政局局长 只有一个职位，现由 周一鸣 担任');
    expect(await counts()).toEqual(before);
  });

  it('confirms exactly what was previewed, once: 303 to a page saying what was loaded; a second confirmation adds nothing', async () => {
    const preview = await editor.post('/ingest/preview', { text: NEW });
    const token = tokenOn(preview.body);
    const before = await counts();
    const first = await editor.post('/ingest/confirm', { preview: token });
    expect(first.status).toBe(303);
    expect(first.location).toMatch(/^\/ingest\/loaded\/\d+$/);
    // Every notice of the load is listed and linked, under a sentence saying what was loaded.
    const loaded = (await editor.get(first.location!)).body;
    expect(loaded).toContain('已从粘贴的文本载入 2 份新通知、3 项任免，1 行未能读取（已列入待核查）。');
    for (const n of [NUMBER, '青政任〔2024〕81号']) expect(loaded).toContain(`href="/notice/${encodeURIComponent(n)}"`);
    expect((await editor.get('/ingest/loaded/999999')).status).toBe(404);
    const after = await counts();
    expect(after.documents).toBe(before.documents + 1);
    expect(after.notices).toBe(before.notices + 2);
    expect(after.events).toBe(before.events + 3);
    const again = await editor.post('/ingest/confirm', { preview: token });
    expect(again.status).toBe(303);
    expect(again.location).toBe(`/notice/${encodeURIComponent(NUMBER)}`);
    expect(await counts()).toEqual(after);
    const notice = await editor.get(again.location!);
    expect(notice.body).toContain('孔令辉');
    const org = await editor.get(`/org/${encodeURIComponent('青禾市财政局')}?asOf=2024-07-01`);
    // Today's table (the timeline below still draws 周一鸣's past tenure).
    const holders = org.body.slice(org.body.indexOf('<table id="holders"'), org.body.indexOf('</table>'));
    expect(holders).toContain('>孔令辉<');
    expect(holders).not.toContain('>周一鸣<');
    const audit = await editor.get('/audit');
    expect(audit.body).toContain('载入通知');
    expect(audit.body).toContain(`href="/notice/${encodeURIComponent(NUMBER)}"`);
    // The same text again is told to be known already, and confirming it changes nothing.
    const known = await editor.post('/ingest/preview', { text: NEW });
    expect(known.body).toContain('这份文本已经载入过');
    expect((await editor.post('/ingest/confirm', { preview: tokenOn(known.body) })).status).toBe(303);
    expect(await counts()).toEqual(after);
  });

  it('loads nothing for a reader, a confirmation without csrf, or a preview of another session', async () => {
    const text = NEW.replace(/80号/g, '90号').replace(/81号/g, '91号');
    const token = tokenOn((await editor.post('/ingest/preview', { text })).body);
    const before = await counts();
    const byReader = await reader.post('/ingest/confirm', { preview: token });
    expect(byReader.status).toBe(403);
    expect(byReader.body).toContain('只读账号');
    expect((await reader.post('/ingest/preview', { text })).status).toBe(403);
    const noCsrf = await editor.post('/ingest/confirm', { preview: token }, { csrf: false });
    expect(noCsrf.status).toBe(403);
    const other = new DeskClient(api);
    await other.signIn(await api.key('editor', 'second-editor'));
    const elsewhere = await other.post('/ingest/confirm', { preview: token });
    expect(elsewhere.status).toBe(410);
    expect(elsewhere.body).toContain('找不到这次预览');
    expect(await counts()).toEqual(before);
  });

  it('takes an uploaded file, read by its content', async () => {
    const text = NEW.replace(/80号/g, '92号').replace(/81号/g, '93号');
    const r = await editor.post('/ingest/preview', {}, { file: { name: '任免通知.txt', bytes: new TextEncoder().encode(text), type: 'text/plain' } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('预览：任免通知.txt');
    expect(r.body).toContain('找到 2 份任免通知');
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>任免</title><script>var x = 1;</script></head><body><nav>首页 | 新闻</nav><main>${text
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</main></body></html>`;
    const html = await editor.post('/ingest/preview', {}, { file: { name: 'saved.html', bytes: new TextEncoder().encode(page), type: 'text/html' } });
    expect(html.status).toBe(200);
    expect(html.body).toContain('网页');
    expect(html.body).toContain('找到 2 份任免通知');
    // Confirmed, the document keeps what it was: its kind and its bytes' hash.
    const confirmed = await editor.post('/ingest/confirm', { preview: tokenOn(html.body) });
    expect(confirmed.status).toBe(303);
    const stored = await onDatabase(api, async (db) => (await db.query(`SELECT kind, filename, sha256 FROM documents WHERE filename = 'saved.html'`)).rows);
    expect(stored).toEqual([{ kind: 'html', filename: 'saved.html', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    const loaded = (await editor.get(confirmed.location!)).body;
    expect(loaded).toContain('已从文件“saved.html”载入 2 份新通知');
    const first = /<table id="loaded">[\s\S]*?href="([^"]+)"/.exec(loaded)![1];
    expect((await editor.get(first)).body).toContain('原件：saved.html 网页');
    // The same file again is known by its bytes before anything is confirmed.
    const again = await editor.post('/ingest/preview', {}, { file: { name: 'copy.html', bytes: new TextEncoder().encode(page), type: 'text/html' } });
    expect(again.body).toContain('这份文本已经载入过');
  });

  it('names what is wrong with an upload, and keeps nothing', async () => {
    const before = await counts();
    const cases: [Parameters<DeskClient['post']>, number, string][] = [
      [['/ingest/preview', {}, { file: { name: 'photo.bin', bytes: new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x10]) } }], 415, '无法读取文件“photo.bin”'],
      [['/ingest/preview', {}, { file: { name: 'empty.txt', bytes: new Uint8Array() } }], 400, 'empty.txt'],
      [['/ingest/preview', { text: '' }], 400, '请选择要上传的文件，或把通知文本粘贴到文本框'],
      [['/ingest/preview', { text: '今天天气很好。' }], 400, '没有找到任免通知'],
      [['/ingest/preview', { text: NEW }, { file: { name: 'a.txt', bytes: new TextEncoder().encode(NEW) } }], 400, '请只选择文件或只粘贴文本'],
    ];
    for (const [args, status, words] of cases) {
      const r = await editor.post(...args);
      expect({ status: r.status, has: r.body.includes(words) }).toEqual({ status, has: true });
    }
    expect(await counts()).toEqual(before);
  });
});
