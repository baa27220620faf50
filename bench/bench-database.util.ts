import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createDatabase, dropDatabase, freePort, migrate, startEmbeddedDatabase } from '@renmian/database';

export interface BenchDatabase {
  url: string;
  adminUrl: string;
  /** Another fresh, migrated database on the same server (compared with the first at the same moment), dropped by close. */
  another(label: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one benchmark run: on the server in DATABASE_URL, or on an
 * embedded PostgreSQL started for the run. Dropped (and the server stopped) by `close`.
 */
export async function benchDatabase(label: string): Promise<BenchDatabase> {
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
  const names: string[] = [];
  const fresh = async (label: string) => {
    const name = `bench_${label}_${process.pid}_${Date.now()}`;
    const url = await createDatabase(adminUrl!, name);
    names.push(name);
    await migrate(url);
    return url;
  };
  return {
    url: await fresh(label),
    adminUrl,
    another: fresh,
    close: async () => {
      for (const name of names) await dropDatabase(adminUrl!, name);
      await stop();
    },
  };
}

