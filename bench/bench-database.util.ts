import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createDatabase, dropDatabase, freePort, migrate, startEmbeddedDatabase } from '@renmian/database';

/**
 * A fresh, migrated database for one benchmark run: on the server in DATABASE_URL, or on an
 * embedded PostgreSQL started for the run. Dropped (and the server stopped) by `close`.
 */
export async function benchDatabase(label: string): Promise<{ url: string; adminUrl: string; close: () => Promise<void> }> {
  let adminUrl = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'renmian-bench-pg-'));
    const server = await startEmbeddedDatabase({ dataDir: dir, port: await freePort(), persistent: false });
    adminUrl = server.adminUrl;
    stop = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const name = `bench_${label}_${process.pid}_${Date.now()}`;
  const url = await createDatabase(adminUrl, name);
  await migrate(url);
  return {
    url,
    adminUrl,
    close: async () => {
      await dropDatabase(adminUrl!, name);
      await stop();
    },
  };
}

