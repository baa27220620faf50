import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { launchChromium } from '../support/browser.util';
import { NOTICE_EVENTS, buildDocx, noticeSavedPageHtml, NOTICE_PAGES, printNoticePdf, screenshotNoticePng } from '../support/document-fixtures.util';
import { REPO_ROOT } from '../support/shared-dir.util';
import { freshDatabase } from '../support/test-database.util';
import { runRequiredTool } from '../support/tools.util';

// Each test starts the command line (a new Node process with TypeScript registration) once or
// more: a loaded 2-core machine needs more than Jest's default 5 s.
jest.setTimeout(60_000);

/**
 * `parse` and `ingest` on documents as offices have them: the notice printed to PDF by Chromium,
 * as Word, as a saved site page; and files that cannot be read, each refused with exit code 2, a
 * line naming it and nothing written.
 */
let dir: string;
const file = (name: string) => join(dir, name);
let db: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'renmian-cli-documents-'));
  const browser = await launchChromium();
  try {
    writeFileSync(file('notice.pdf'), await printNoticePdf(browser));
    writeFileSync(file('notice.png'), await screenshotNoticePng(browser));
  } finally {
    await browser.close();
  }
  writeFileSync(file('notice.docx'), await buildDocx(NOTICE_PAGES.flat()));
  writeFileSync(file('notice.html'), noticeSavedPageHtml());
  writeFileSync(file('random.bin'), Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 151 + 7) % 256)));
  writeFileSync(file('empty.txt'), '');
  runRequiredTool('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', file('notice.pdf'), file('locked.pdf')], 'qpdf');
  db = await freshDatabase();
}, 60_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.drop();
});

/** The command line run by Node directly (not through npm), so that PATH can be set to leave tools out. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: db.url, NODE_OPTIONS: '', ...env },
  });
}

async function query<T>(sql: string): Promise<T[]> {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

describe('the command line on documents', () => {
  it('parse --json reads a PDF: what the document was, and the page beside each line', () => {
    const r = cli(['parse', file('notice.pdf'), '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.document).toEqual({ kind: 'pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), pageCount: 2, ocr: false });
    const events = out.notices.flatMap((n: { events: unknown[] }) => n.events);
    expect(events).toHaveLength(NOTICE_EVENTS.length);
    const byPerson = (p: string) => events.find((e: { person: string }) => e.person === p).source;
    expect(byPerson('陶知远')).toMatchObject({ page: 1 });
    expect(byPerson('何清和')).toMatchObject({ page: 2 });
  });

  it('ingest loads PDF, Word and a saved page, keeping kind and pages; the same file again adds nothing', async () => {
    const first = cli(['ingest', file('notice.pdf'), file('notice.docx'), file('notice.html')]);
    expect(first.status).toBe(0);
    // One notice in three documents: loaded once, the other two say it is known.
    expect(first.stdout.trim()).toMatch(/^files 3 \(loaded 3, already loaded 0, refused 0\), notices 1, events 12,/);
    expect(await query('SELECT kind, page_count, ocr FROM documents ORDER BY id')).toEqual([
      { kind: 'pdf', page_count: 2, ocr: false },
      { kind: 'docx', page_count: null, ocr: false },
      { kind: 'html', page_count: null, ocr: false },
    ]);
    expect(await query(`SELECT source_page FROM events WHERE person_text = '陶知远'`)).toEqual([{ source_page: 1 }]);
    const again = cli(['ingest', file('notice.pdf')]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already loaded 1');
    expect(await query('SELECT count(*)::int AS n FROM documents')).toEqual([{ n: 3 }]);
  });

  it.each([
    ['a random binary', 'random.bin', 'NOT_A_DOCUMENT', /not text in UTF-8, GBK\/GB18030 or UTF-16 .*nor a PDF, Word \(\.docx\), HTML, PNG or JPEG document/],
    ['an empty file', 'empty.txt', 'EMPTY', /the file is empty/],
    ['an encrypted PDF', 'locked.pdf', 'ENCRYPTED', /protected by a password/],
  ])('refuses %s: exit 2, one line naming it, nothing written', async (_what, name, _code, reason) => {
    const before = await query('SELECT count(*)::int AS n FROM documents');
    for (const command of ['parse', 'ingest']) {
      const r = cli([command, file(name)]);
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${file(name)}: `);
      expect(lines[0]).toMatch(reason);
    }
    expect(await query('SELECT count(*)::int AS n FROM documents')).toEqual(before);
  });

  it('refuses an image when Tesseract is not installed, naming the packages to install', async () => {
    const before = await query('SELECT count(*)::int AS n FROM documents');
    const noTools = mkdtempSync(join(dir, 'empty-path-'));
    for (const command of ['parse', 'ingest']) {
      const r = cli([command, file('notice.png')], { PATH: noTools });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/notice\.png: OCR of scans and images needs the tesseract program.*apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra\)$/),
      ]);
    }
    expect(await query('SELECT count(*)::int AS n FROM documents')).toEqual(before);
  });
});
