import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient, onDatabase } from '../support/desk-client.util';

// Invented names throughout.
const NOTICE = ['# 青禾市人民政府 关于任命周一鸣的通知', '青政任〔2024〕90号', '市人民政府决定，任命：', '周一鸣为青禾市财政局局长。', '青禾市人民政府', '2024年1月5日'].join('\n');

describe('a desk upload whose file name holds NUL', () => {
  let api: ApiServer;
  let editor: DeskClient;
  beforeAll(async () => {
    api = await startApiServer();
    editor = new DeskClient(api);
    await editor.signIn(await api.key('editor', 'name-editor'));
  });
  afterAll(() => api.close());

  it('answers the form’s Chinese message (400), not a 500, and keeps nothing', async () => {
    const r = await editor.post('/ingest/preview', {}, { file: { name: 'notice\u0000.txt', bytes: new TextEncoder().encode(NOTICE), type: 'text/plain' } });
    expect(r.status).toBe(400);
    expect(r.body).toContain('文件名中含有无效字符（空字符）');
    expect(r.body).toContain('name="file"');
    const documents = await onDatabase(api, async (db) => Number((await db.query('SELECT count(*) FROM documents')).rows[0].count));
    expect(documents).toBe(0);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });

  it('still previews the same file under a plain name', async () => {
    const r = await editor.post('/ingest/preview', {}, { file: { name: 'notice.txt', bytes: new TextEncoder().encode(NOTICE), type: 'text/plain' } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('周一鸣');
  });
});
