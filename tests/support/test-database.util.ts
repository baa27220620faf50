import { randomBytes } from 'crypto';
import { onServer, withDatabaseName } from '@renmian/database';

/**
 * A fresh, migrated database for one suite: a copy of the run's template (CREATE DATABASE …
 * TEMPLATE takes a fraction of a second). Dropped by the suite, and by global teardown if not.
 */
let counter = 0;

export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.RENMIAN_TEST_ADMIN_URL;
  const template = process.env.RENMIAN_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('the Jest global setup did not run: no test database server');
  // Jest evaluates this module afresh for every suite in a worker, so the counter restarts: a random
  // part keeps a suite whose predecessor failed before dropping its database from colliding with it.
  const name = `${template}_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  await onServer(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: withDatabaseName(adminUrl, name),
    drop: () => onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

