import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient, UploadedFile, onDatabase } from '../support/desk-client.util';

// Invented names throughout.
const noticeText = (number: string, person: string, post: string) =>
  [`# 松川市人民政府 关于任命${person}职务的通知`, `松政任〔2025〕${number}号`, '市人民政府决定，任命：', `${person}为${post}。`, '松川市人民政府', '2025年3月2日'].join('\n');

const text = (name: string, body: string): UploadedFile => ({ name, bytes: new TextEncoder().encode(body), type: 'text/plain' });

/** Two files with new notices (one holding two notices), and one that is not a document at all. */
const BATCH: UploadedFile[] = [
  text('一月.txt', noticeText('11', '柳青山', '松川市交通局局长')),
  text('二月.txt', `${noticeText('12', '段明远', '松川市林业局局长')}\n\n${noticeText('13', '褚安宁', '松川市档案局局长')}`),
  { name: '坏文件.bin', bytes: new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x10]) },
];

describe('many files at once at the desk', () => {
  let api: ApiServer;
  let editor: DeskClient;
  const counts = () =>
    onDatabase(api, async (db) => {
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM notices)::int AS notices, (SELECT count(*) FROM events)::int AS events,
                (SELECT count(*) FROM audit_log WHERE action = 'loadNotices')::int AS loads`,
      );
      return rows[0] as { documents: number; notices: number; events: number; loads: number };
    });
  const summary = (page: string) => /<p id="summary">([^<]*)<\/p>/.exec(page)?.[1] ?? page.slice(page.indexOf('<main'), page.indexOf('<main') + 600);
  const batchToken = (page: string) => /name="batch" value="([^"]+)"/.exec(page)![1];
  const rowOf = (page: string, name: string) => new RegExp(`<tr class="file [^"]+"><td>\\d+</td><td>${name}</td>[\\s\\S]*?</tr>`).exec(page)?.[0] ?? '';

  beforeAll(async () => {
    api = await startApiServer();
    editor = new DeskClient(api);
    await editor.signIn(await api.editorKey());
  });
  afterAll(() => api.close());

  it('offers several files and a folder on the form', async () => {
    const form = (await editor.get('/ingest')).body;
    expect(form).toMatch(/<input type="file" name="file" multiple accept=/);
    expect(form).toMatch(/<input type="file" name="folder" multiple webkitdirectory>/);
  });

  it('previews three files with their statuses, confirms each in its own transaction, and says per file what was loaded', async () => {
    const before = await counts();
    const preview = await editor.post('/ingest/preview', {}, { files: BATCH });
    expect(preview.status).toBe(200);
    expect(preview.body).toContain('预览：3 个文件');
    expect(summary(preview.body)).toBe('2 个新文件将载入，0 个已载入过将跳过，1 个无法载入。');
    expect(rowOf(preview.body, '一月.txt')).toContain('新文件，将载入');
    expect(rowOf(preview.body, '一月.txt')).toContain('1 份通知（新 1 份），1 项任免');
    expect(rowOf(preview.body, '二月.txt')).toContain('2 份通知（新 2 份），2 项任免');
    expect(rowOf(preview.body, '坏文件.bin')).toContain('无法载入');
    expect(rowOf(preview.body, '坏文件.bin')).toContain('无法读取文件“坏文件.bin”');
    // A preview saves nothing.
    expect(await counts()).toEqual(before);

    const token = batchToken(preview.body);
    const confirmed = await editor.post('/ingest/confirm-batch', { batch: token });
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe(`/ingest/batch/${token}`);
    const after = await counts();
    expect(after).toEqual({ documents: before.documents + 2, notices: before.notices + 3, events: before.events + 3, loads: before.loads + 2 });
    // Each file in its own transaction: its document and its audit entry were written by one transaction, a different one per file.
    const xacts = await onDatabase(api, async (db) => {
      const { rows } = await db.query(
        `SELECT d.filename, d.xmin::text AS doc, a.xmin::text AS audit FROM documents d JOIN audit_log a ON a.action = 'loadNotices' AND a.after->>'filename' = d.filename
          WHERE d.filename IN ('一月.txt', '二月.txt') ORDER BY d.filename`,
      );
      return rows as { filename: string; doc: string; audit: string }[];
    });
    expect(xacts).toHaveLength(2);
    for (const x of xacts) expect(x.doc).toBe(x.audit);
    expect(xacts[0].doc).not.toBe(xacts[1].doc);

    const page = (await editor.get(confirmed.location!)).body;
    expect(page).toContain('2 个文件已载入（共 3 份新通知、3 项任免），0 个已载入过，1 个未载入。');
    expect(rowOf(page, '一月.txt')).toContain('1 份新通知、1 项任免');
    expect(rowOf(page, '二月.txt')).toContain('2 份新通知、2 项任免');
    for (const n of ['11', '12', '13']) {
      const href = `/notice/${encodeURIComponent(`松政任〔2025〕${n}号`)}`;
      expect(page).toContain(`href="${href}"`);
      expect((await editor.get(href)).status).toBe(200);
    }
    expect(rowOf(page, '坏文件.bin')).toContain('未载入');
    expect(rowOf(page, '坏文件.bin')).toContain('无法读取文件“坏文件.bin”');

    // A second confirmation (a double click) loads nothing more and leads to the same page.
    const again = await editor.post('/ingest/confirm-batch', { batch: token });
    expect(again.location).toBe(`/ingest/batch/${token}`);
    expect(await counts()).toEqual(after);
    expect((await editor.get(again.location!)).body).toContain('2 个文件已载入（共 3 份新通知、3 项任免）');
  });

  it('tells a repeat of the same batch (this time as a folder) that its files are loaded already, and loads nothing', async () => {
    const before = await counts();
    // A browser sends a folder's files with their path; the desk names each by its file name.
    const preview = await editor.post('/ingest/preview', {}, { files: BATCH.map((f) => ({ ...f, name: `2025年/${f.name}`, field: 'folder' })) });
    expect(summary(preview.body)).toBe('0 个新文件将载入，2 个已载入过将跳过，1 个无法载入。');
    expect(rowOf(preview.body, '一月.txt')).toContain('已载入过，将跳过');
    expect(rowOf(preview.body, '二月.txt')).toContain('已载入过，将跳过');
    expect(preview.body).toContain('这批文件中没有要载入的新文件');
    const confirmed = await editor.post('/ingest/confirm-batch', { batch: batchToken(preview.body) });
    const page = (await editor.get(confirmed.location!)).body;
    expect(page).toContain('0 个文件已载入（共 0 份新通知、0 项任免），2 个已载入过，1 个未载入。');
    expect(rowOf(page, '一月.txt')).toContain('已载入过');
    expect(await counts()).toEqual(before);
  });

  it('goes on when one file fails while loading, and keeps nothing of that file', async () => {
    // The load fails at its last step (its audit entry), after its document, notices and events were written.
    await onDatabase(api, (db) =>
      db.query(`CREATE FUNCTION refuse_test_load() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
                  IF NEW.after->>'filename' = '失败.txt' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER refuse_test_load BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_test_load();`),
    );
    try {
      const before = await counts();
      const files = [text('失败.txt', noticeText('21', '邵景行', '松川市水务局局长')), text('成功.txt', noticeText('22', '岑子墨', '松川市民政局局长'))];
      const preview = await editor.post('/ingest/preview', {}, { files });
      expect(summary(preview.body)).toBe('2 个新文件将载入，0 个已载入过将跳过，0 个无法载入。');
      const confirmed = await editor.post('/ingest/confirm-batch', { batch: batchToken(preview.body) });
      expect(confirmed.status).toBe(303);
      expect(await counts()).toEqual({ documents: before.documents + 1, notices: before.notices + 1, events: before.events + 1, loads: before.loads + 1 });
      const page = (await editor.get(confirmed.location!)).body;
      expect(page).toContain('1 个文件已载入（共 1 份新通知、1 项任免），0 个已载入过，1 个未载入。');
      expect(rowOf(page, '失败.txt')).toContain('服务器载入这个文件时出错');
      expect(rowOf(page, '成功.txt')).toContain('松政任〔2025〕22号');
      const stored = await onDatabase(api, async (db) => (await db.query(`SELECT count(*)::int AS n FROM documents WHERE filename = '失败.txt'`)).rows[0].n as number);
      expect(stored).toBe(0);
    } finally {
      await onDatabase(api, (db) => db.query('DROP TRIGGER refuse_test_load ON audit_log; DROP FUNCTION refuse_test_load()'));
    }
  });

  it('refuses more than 50 files at once with a message, keeping nothing', async () => {
    const before = await counts();
    const files = Array.from({ length: 51 }, (_, i) => text(`f${i}.txt`, noticeText(String(100 + i), '纪文澜', '松川市统计局局长')));
    const r = await editor.post('/ingest/preview', {}, { files });
    expect(r.status).toBe(413);
    expect(r.body).toContain('一次最多预览 50 个文件，这次选择了 51 个');
    expect(await counts()).toEqual(before);
    // A large folder too is told in Chinese, its files past the bound drained unread.
    const folder = Array.from({ length: 1200 }, (_, i) => ({ ...text(`g${i}.txt`, '空'), field: 'folder' }));
    const large = await editor.post('/ingest/preview', {}, { files: folder });
    expect(large.status).toBe(413);
    expect(large.body).toContain('这次选择了 1200 个');
    expect(await counts()).toEqual(before);
    const batches = await onDatabase(api, async (db) => (await db.query('SELECT count(*)::int AS n FROM desk_batches')).rows[0].n as number);
    expect(batches).toBe(3);
  });

  it('does not open another session’s batch, and loads nothing for a reader', async () => {
    const files = [text('三月.txt', noticeText('31', '樊若川', '松川市审计局局长')), text('四月.txt', noticeText('41', '雷知秋', '松川市体育局局长'))];
    const preview = await editor.post('/ingest/preview', {}, { files });
    const before = await counts();
    const reader = new DeskClient(api);
    await reader.signIn(await api.key('reader', 'batch-reader'));
    expect((await reader.post('/ingest/preview', {}, { files })).status).toBe(403);
    expect((await reader.post('/ingest/confirm-batch', { batch: batchToken(preview.body) })).status).toBe(403);
    expect(await counts()).toEqual(before);
    const other = new DeskClient(api);
    await other.signIn(await api.key('editor', 'another-editor'));
    expect((await other.post('/ingest/confirm-batch', { batch: batchToken(preview.body) })).status).toBe(410);
    expect((await other.get(`/ingest/batch/${batchToken(preview.body)}`)).status).toBe(404);
  });
});
