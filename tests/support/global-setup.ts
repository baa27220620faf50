import { mkdtempSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { createDatabase, migrate, startEmbeddedDatabase } from '../../libs/database/src';

/**
 * One PostgreSQL for the whole run: the server named by TEST_DATABASE_URL, or else an embedded one
 * started here. The run gets its own migrated template database; each suite copies it (see
 * test-database.util.ts) and everything is dropped in global-teardown.ts.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const port = await freePort();
    const server = await startEmbeddedDatabase({
      dataDir: mkdtempSync(join(tmpdir(), 'renmian-pg-')),
      port,
      persistent: false,
    });
    (globalThis as Record<string, unknown>).__renmianEmbedded = server;
    adminUrl = server.adminUrl;
  }
  const template = `renmian_test_${process.pid}_${Date.now()}`;
  await migrate(await createDatabase(adminUrl, template));
  process.env.RENMIAN_TEST_ADMIN_URL = adminUrl;
  process.env.RENMIAN_TEST_TEMPLATE = template;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
