import { Client } from 'pg';
import type { EmbeddedDatabase } from '../../libs/database/src';

/** Drops every database this run created (the template and the suites' copies), then the server. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.RENMIAN_TEST_ADMIN_URL;
  const template = process.env.RENMIAN_TEST_TEMPLATE;
  if (adminUrl && template) {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${template}%`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  const embedded = (globalThis as Record<string, unknown>).__renmianEmbedded as EmbeddedDatabase | undefined;
  if (embedded) await embedded.stop();
}
