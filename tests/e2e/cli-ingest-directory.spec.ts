import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { generateGazette } from '../../bench/gazette.generator';
import { REPO_ROOT } from '../support/shared-dir.util';
import { freshDatabase } from '../support/test-database.util';

// Each case starts the command line (TypeScript registered in the process and in each parse worker).
jest.setTimeout(90_000);

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'notices', 'ok');

/** A directory of the parser's fixtures and the samples, a subfolder, and files ingest leaves alone. */
function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'renmian-ingest-dir-'));
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) copyFileSync(join(FIXTURES, f), join(dir, f));
  mkdirSync(join(dir, 'samples'));
  for (const f of ['qinghe-2024-03.txt', 'qinghe-2024-06.txt']) copyFileSync(join(REPO_ROOT, 'docs', 'samples', f), join(dir, 'samples', f));
  writeFileSync(join(dir, 'notes.json'), '{"not": "a notice"}');
  writeFileSync(join(dir, '.hidden.txt'), '任命张三为青禾市财政局局长。');
  return dir;
}

function ingest(url: string, ...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'cli', '--', 'ingest', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: '' },
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

/** What the database believes, in a form that does not depend on row ids or loading order. */
async function facts(url: string): Promise<{ tenures: string[]; events: string[]; counts: Record<string, string> }> {
  const tenures = await query<{ f: string }>(
    url,
    `SELECT concat_ws('|', p.jurisdiction, p.name, po.name, t.valid, t.end_reason, t.end_inferred, t.probation_end) AS f
       FROM tenures t JOIN people p ON p.id = t.person_id JOIN posts po ON po.id = t.post_id WHERE t.superseded_at IS NULL`,
  );
  const events = await query<{ f: string }>(
    url,
    `SELECT concat_ws('|', n.issuer, n.doc_number, e.type, e.effective_on, p.name, po.name, e.probation_months, e.ordinal) AS f
       FROM events e JOIN notices n ON n.id = e.notice_id JOIN people p ON p.id = e.person_id JOIN posts po ON po.id = e.post_id`,
  );
  const [counts] = await query<Record<string, string>>(
    url,
    `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM notices) AS notices,
            (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM posts) AS posts,
            (SELECT count(*) FROM tenures WHERE superseded_at IS NULL) AS tenures`,
  );
  return { tenures: tenures.map((r) => r.f).sort(), events: events.map((r) => r.f).sort(), counts };
}

describe('npm run cli -- ingest DIR [--jobs N]', () => {
  const dir = corpusDir();
  const loadable = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).length + 2;
  const dbs: { url: string; drop: () => Promise<void> }[] = [];
  const fresh = async () => {
    const db = await freshDatabase();
    dbs.push(db);
    return db.url;
  };
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  it('loads every loadable file under a directory, sorted by path, each in its own transaction, with a summary', async () => {
    const url = await fresh();
    const r = ingest(url, dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(new RegExp(`^files ${loadable} \\(loaded ${loadable}, already loaded 0, refused 0\\), notices \\d+, events \\d+, unparsed lines \\d+, warnings \\d+$`));
    // Not on a terminal: no progress bar, only the summary and the warnings.
    expect(r.stderr).not.toContain('[#');
    const docs = await query<{ filename: string }>(url, 'SELECT filename FROM documents ORDER BY id');
    const names = docs.map((d) => d.filename);
    expect(names).toHaveLength(loadable);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names).toContain(join(dir, 'samples', 'qinghe-2024-06.txt'));
    expect(names.some((n) => n.endsWith('notes.json') || n.endsWith('.hidden.txt'))).toBe(false);
  });

  it('ends with the same database whether parsed in this process or in workers, in the same order', async () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt') && !f.startsWith('.'))
      .map((f) => join(dir, f))
      .concat([join(dir, 'samples', 'qinghe-2024-03.txt'), join(dir, 'samples', 'qinghe-2024-06.txt')])
      .reverse();
    const [inTurn, workers, inTurnReversed, workersReversed] = [await fresh(), await fresh(), await fresh(), await fresh()];
    expect(ingest(inTurn, dir).status).toBe(0);
    expect(ingest(workers, '--jobs', '2', dir).status).toBe(0);
    expect(ingest(inTurnReversed, ...files).status).toBe(0);
    expect(ingest(workersReversed, '--jobs=3', ...files).status).toBe(0);
    const expected = await facts(inTurn);
    expect(expected.tenures.length).toBeGreaterThan(50);
    expect(await facts(workers)).toEqual(expected);
    expect(await facts(workersReversed)).toEqual(await facts(inTurnReversed));
  });

  it('gives the same tenures from workers in any order of the files', async () => {
    // Gazettes of invented notices, none of them printed twice (the fixtures above reuse document
    // numbers for different texts, and a notice already known is skipped: there the first wins).
    const gazettes = mkdtempSync(join(tmpdir(), 'renmian-ingest-gazettes-'));
    const files = [1, 2, 3].map((seed) => {
      const file = join(gazettes, `gazette-${seed}.txt`);
      writeFileSync(file, generateGazette({ seed, targetBytes: 120_000 }).text);
      return file;
    });
    const [forward, backward] = [await fresh(), await fresh()];
    const first = ingest(forward, gazettes);
    expect(first.status).toBe(0);
    // No notice printed twice: otherwise the first loaded would win and the order would matter.
    expect(first.stderr).not.toContain('already known');
    expect(ingest(backward, '--jobs', '2', ...files.reverse()).status).toBe(0);
    const expected = await facts(forward);
    expect(expected.tenures.length).toBeGreaterThan(50);
    expect((await facts(backward)).tenures).toEqual(expected.tenures);
  });

  it('with --jobs, refuses what cannot be loaded in its turn and still loads the rest', async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'renmian-ingest-mixed-'));
    writeFileSync(join(mixed, 'a-gbk.txt'), Buffer.from([0x41, 0xff, 0x0a]));
    copyFileSync(join(REPO_ROOT, 'docs', 'samples', 'qinghe-2024-03.txt'), join(mixed, 'b-march.txt'));
    writeFileSync(join(mixed, 'c-prose.txt'), '青禾市今日天气晴，气温适宜。\n');
    const url = await fresh();
    const r = ingest(url, '--jobs', '2', mixed);
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe('files 3 (loaded 1, already loaded 0, refused 2), notices 1, events 5, unparsed lines 0, warnings 0');
    const refusals = r.stderr.split('\n').filter((l) => l.startsWith('renmian: cannot load'));
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toContain(`${join(mixed, 'a-gbk.txt')}: not text in UTF-8`);
    expect(refusals[1]).toContain(`${join(mixed, 'c-prose.txt')}: contains no appointment or removal notice`);
    expect(await query<{ filename: string }>(url, 'SELECT filename FROM documents')).toEqual([{ filename: join(mixed, 'b-march.txt') }]);
  });

  it('refuses a wrong --jobs or an empty directory with exit code 2', async () => {
    const url = await fresh();
    for (const bad of [['--jobs', '0'], ['--jobs', 'two'], ['--jobs']]) {
      const r = ingest(url, ...bad, dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--jobs takes a number of workers from 1 to 64');
    }
    const empty = mkdtempSync(join(tmpdir(), 'renmian-ingest-empty-'));
    const r = ingest(url, empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`no file to load in ${empty}`);
    expect((await query<{ n: string }>(url, 'SELECT count(*) AS n FROM documents'))[0].n).toBe('0');
  });
});
