import { spawnSync } from 'child_process';
import { join } from 'path';
import { REPO_ROOT } from '../support/shared-dir.util';
import { freshDatabase } from '../support/test-database.util';

// The command line starts a new Node process with TypeScript registration: a loaded 2-core machine
// needs more than Jest's default 5 s.
jest.setTimeout(30_000);

describe('npm run cli -- rederive', () => {
  it('re-derives every post and says so; run again, it changes nothing', async () => {
    const db = await freshDatabase();
    try {
      const cli = (...args: string[]) =>
        spawnSync('npm', ['run', '-s', 'cli', '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url, NODE_OPTIONS: '' } });
      expect(cli('ingest', join(REPO_ROOT, 'docs', 'samples', 'qinghe-2024-03.txt')).status).toBe(0);
      const r = cli('rederive');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^re-derived the tenures of \d+ posts: nothing changed\n$/);
      const bad = cli('rederive', '--all');
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('rederive takes no arguments');
    } finally {
      await db.drop();
    }
  });
});
