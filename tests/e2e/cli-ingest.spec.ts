import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { REPO_ROOT } from '../support/shared-dir.util';
import { freshDatabase } from '../support/test-database.util';

// Each test starts the command line (a new Node process with TypeScript registration) once or
// more: a loaded 2-core machine needs more than Jest's default 5 s.
jest.setTimeout(30_000);

describe('npm run cli -- ingest', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.drop());

  const ingest = (...files: string[]) =>
    spawnSync('npm', ['run', '-s', 'cli', '--', 'ingest', ...files], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: db.url, NODE_OPTIONS: '' },
    });

  async function count(table: string): Promise<number> {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      return Number((await c.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    } finally {
      await c.end();
    }
  }

  it('loads files, prints a summary, and loads nothing twice', async () => {
    const sample = join(REPO_ROOT, 'docs', 'samples', 'qinghe-2024-03.txt');
    const first = ingest(sample);
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe('files 1 (loaded 1, already loaded 0, refused 0), notices 1, events 5, unparsed lines 0, warnings 0');
    const again = ingest(sample);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already loaded 1');
    expect(await count('events')).toBe(5);
  });

  it('refuses a file that is text in no encoding read, or holds no notice: exit 2, a message naming it, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'renmian-ingest-'));
    const gbk = join(dir, 'gbk.txt');
    const prose = join(dir, 'prose.txt');
    writeFileSync(gbk, Buffer.from([0x41, 0xff, 0x0a]));
    writeFileSync(prose, '青禾市今日天气晴，气温适宜。\n');
    const before = await count('documents');
    const r = ingest(gbk, prose);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${gbk}: not text in UTF-8`);
    expect(r.stderr).toContain(`${prose}: contains no appointment or removal notice`);
    expect(r.stdout).toContain('refused 2');
    expect(await count('documents')).toBe(before);
  });
});
