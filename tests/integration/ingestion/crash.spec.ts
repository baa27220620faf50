import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { generateGazette } from '../../../bench/gazette.generator';
import { REPO_ROOT } from '../../support/shared-dir.util';
import { freshDatabase } from '../../support/test-database.util';

/** The CLI as a separate process (node directly, so that its pid is the one killed). */
function ingestProcess(databaseUrl: string, ...files: string[]): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'ingest', ...files], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

async function counts(url: string): Promise<Record<string, number>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, number> = {};
    for (const t of ['documents', 'notices', 'people', 'posts', 'events', 'tenures', 'unparsed_lines']) {
      out[t] = Number((await c.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    }
    return out;
  } finally {
    await c.end();
  }
}

describe('ingestion as separate processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renmian-crash-'));

  it.each([
    ['parsed in the process', []],
    ['parsed in a worker (--jobs 1)', ['--jobs', '1']],
  ])('leaves nothing of a file when killed with SIGKILL mid-load, %s, and loads it whole the next time', async (_how, options: string[]) => {
    const gazette = generateGazette({ seed: 7, targetBytes: 6_000_000 });
    const file = join(dir, 'large.txt');
    writeFileSync(file, gazette.text);
    const expectedEvents = gazette.notices.reduce((n, x) => n + x.events.length, 0);
    const db = await freshDatabase();
    const watcher = new Client({ connectionString: db.url });
    await watcher.connect();
    try {
      const child = ingestProcess(db.url, ...options, file);
      const done = exited(child);
      // Wait until the load's transaction has been writing for a while, then kill it outright.
      let writing = false;
      for (let i = 0; i < 400 && !writing; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const { rows } = await watcher.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND xact_start IS NOT NULL AND now() - xact_start > interval '150 milliseconds'`,
        );
        writing = rows.length > 0;
      }
      expect(writing).toBe(true);
      child.kill('SIGKILL');
      await done;
      // PostgreSQL notices the dead client and rolls its transaction back.
      for (let i = 0; i < 100; i++) {
        const { rows } = await watcher.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
        if (Number(rows[0].n) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await counts(db.url)).toEqual({ documents: 0, notices: 0, people: 0, posts: 0, events: 0, tenures: 0, unparsed_lines: 0 });

      const again = ingestProcess(db.url, ...options, file);
      expect(await exited(again)).toBe(0);
      const after = await counts(db.url);
      expect(after.documents).toBe(1);
      expect(after.events).toBe(expectedEvents);
    } finally {
      await watcher.end();
      await db.drop();
    }
  }, 120_000);

  it('gives two processes loading the same file at once the result of one load', async () => {
    const gazette = generateGazette({ seed: 11, targetBytes: 200_000 });
    const file = join(dir, 'small.txt');
    writeFileSync(file, gazette.text);
    const db = await freshDatabase();
    try {
      const [a, b] = [ingestProcess(db.url, file), ingestProcess(db.url, file)];
      expect(await Promise.all([exited(a), exited(b)])).toEqual([0, 0]);
      const both = await counts(db.url);
      const single = await freshDatabase();
      try {
        expect(await exited(ingestProcess(single.url, file))).toBe(0);
        expect(both).toEqual(await counts(single.url));
      } finally {
        await single.drop();
      }
    } finally {
      await db.drop();
    }
  }, 120_000);
});
