import { generateGazette } from '../../bench/gazette.generator';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient, onDatabase } from '../support/desk-client.util';
import { docxBomb, encodeGbk, manyPagesPdf, pdfStreamBomb, pngHeader, residentMb, selfReferencingPdf } from '../support/hostile-documents.util';

/** One notice whose decisions all stand on one line: 18,981 clauses of invented names. */
function oneLineOfDecisions(): Uint8Array {
  const names = ['柏云', '戚远', '庞衿', '简航', '童岚'];
  let body = '';
  const given = '明亮清远宁安和平静雅文华春秋涛峰';
  for (let i = 0; i < 18_981; i++) body += `${names[i % 5]}${given[i % given.length]}为青禾市第${i}局局长；`;
  return new TextEncoder().encode(`青禾市人民政府关于任免工作人员的通知\n青政任〔2031〕7号\n任命：${body}\n青禾市人民政府\n2031年3月5日\n`);
}

/**
 * Hostile uploads at the desk, over HTTP to the real service: each is refused in seconds with a
 * Chinese sentence saying what is wrong and what to do (no library's words), nothing is written,
 * `/health` answers within 2 s while the file is read, and the process (the service and these
 * tests together) gains less than 400 MB while it reads (run alone, the process peaks at about
 * 400 MB in all). Every file is made here by code; names are invented.
 */
describe('the desk refuses hostile documents and stays up', () => {
  let api: ApiServer;
  let editor: DeskClient;
  const counts = () =>
    onDatabase(api, async (db) => (await db.query('SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM desk_previews)::int AS previews')).rows[0]);

  beforeAll(async () => {
    api = await startApiServer();
    editor = new DeskClient(api);
    await editor.signIn(await api.editorKey());
  }, 60_000);
  afterAll(() => api.close(), 30_000);

  /**
   * Uploads the file while /health is asked every 200 ms; the slowest answer and the resident
   * memory gained (peak over the start: Jest shares the process, and may hold what earlier suites
   * left) come back with the page.
   */
  async function uploadWatched(name: string, bytes: Uint8Array) {
    let slowestHealthMs = 0;
    const startMb = residentMb();
    let peakMb = startMb;
    let uploading = true;
    const watch = (async () => {
      while (uploading) {
        const t0 = Date.now();
        const health = await fetch(`${api.url}/health`);
        expect(health.status).toBe(200);
        slowestHealthMs = Math.max(slowestHealthMs, Date.now() - t0);
        peakMb = Math.max(peakMb, residentMb());
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    const t0 = Date.now();
    const r = await editor.post('/ingest/preview', {}, { file: { name, bytes } });
    const ms = Date.now() - t0;
    uploading = false;
    await watch;
    return { ...r, ms, slowestHealthMs, peakMb, grewMb: peakMb - startMb };
  }

  it.each([
    ['a DOCX whose body inflates to 150 MB', 'bomb.docx', () => docxBomb(150), 413, '文件解压后超过 8 MB'],
    ['a PDF whose stream inflates to 1 GB', 'stream.pdf', () => pdfStreamBomb(1024), 413, '文件解压后超过 64 MB'],
    ['a PDF of 10,000 tiny pages', 'pages.pdf', () => manyPagesPdf(10_000), 413, 'PDF 共 10000 页，超过一次可读取的 2000 页'],
    ['a PDF whose page tree points at itself', 'loop.pdf', () => selfReferencingPdf(), 400, 'PDF 文件已损坏，无法读取'],
    ['an image declaring 60,000 × 60,000 pixels', 'huge.png', () => pngHeader(60_000, 60_000), 413, '图片为 60000×60000 像素'],
  ])('refuses %s in Chinese, in seconds, writing nothing', async (_what, name, make, status, words) => {
    const before = await counts();
    const r = await uploadWatched(name, make());
    expect({ status: r.status, says: r.body.includes(`无法读取文件“${name}”：${words}`) }).toEqual({ status, says: true });
    // What the libraries said (pdfjs's "circular reference", zlib's byte counts) stays in the log.
    expect(r.body).not.toMatch(/inflates|circular|0x[0-9a-f]|Error/);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.slowestHealthMs).toBeLessThan(2_000);
    expect(r.grewMb).toBeLessThan(400);
    process.stdout.write(`${name}: ${r.status} in ${r.ms} ms, /health at worst ${r.slowestHealthMs} ms, peak ${r.peakMb} MB (+${r.grewMb} MB)\n`);
    expect(await counts()).toEqual(before);
    // The bound is the refusal's 30 s above; Jest's own 5 s would judge a loaded machine instead.
  }, 60_000);

  it.each([
    ['a line of 18,981 decisions (1 MB)', 'one-line.txt', oneLineOfDecisions, 18_981],
    ['a 5 MB gazette', 'gazette.txt', () => new TextEncoder().encode(generateGazette({ seed: 11, targetBytes: 5_000_000 }).text), null],
  ])('previews %s without holding up other users', async (_what, name, make, events) => {
    const before = await counts();
    const r = await uploadWatched(name, make());
    process.stdout.write(`${name}: ${r.status} in ${r.ms} ms, /health at worst ${r.slowestHealthMs} ms\n`);
    expect(r.status).toBe(200);
    if (events !== null) expect(r.body).toContain(`${events} 项任免`);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.slowestHealthMs).toBeLessThan(2_000);
    expect((await counts()).documents).toBe(before.documents);
  }, 60_000);

  it('reads a notice saved by Notepad in GBK, and the preview says so', async () => {
    const text = '青禾县人民政府关于任免柏云舟职务的通知\r\n青政任〔2031〕9号\r\n任命柏云舟为青禾县财政局局长。\r\n青禾县人民政府\r\n2031年5月6日\r\n';
    const r = await editor.post('/ingest/preview', {}, { file: { name: 'notepad.txt', bytes: encodeGbk(text) } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('文本（GBK 编码）');
    expect(r.body).toContain('柏云舟');
    expect(r.body).toContain('找到 1 份任免通知');
  });
});
