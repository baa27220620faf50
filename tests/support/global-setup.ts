import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createDatabase, freePort, migrate, startEmbeddedDatabase } from '../../libs/database/src';

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

