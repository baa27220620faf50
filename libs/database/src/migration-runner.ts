import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';

/**
 * The one way the schema changes: reviewed SQL files in migrations/, `<version>_<name>.up.sql` with
 * a `.down.sql` beside each, applied in version order, each in its own transaction, under an
 * advisory lock so that two processes starting at once do not both apply them.
 */
export const MIGRATIONS_DIR = join(__dirname, '..', '..', '..', 'migrations');

/** Any fixed number: it names the lock that serialises migration runs on one database. */
const MIGRATION_LOCK = 7_241_116;

export interface Migration {
  version: string;
  name: string;
  up: string;
  down: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.up.sql')).sort();
  return files.map((file) => {
    const base = file.slice(0, -'.up.sql'.length);
    const cut = base.indexOf('_');
    return {
      version: base.slice(0, cut),
      name: base.slice(cut + 1),
      up: readFileSync(join(dir, file), 'utf8'),
      down: readFileSync(join(dir, `${base}.down.sql`), 'utf8'),
    };
  });
}

/** Applies what is pending; returns the versions applied now. */
export async function migrate(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const m of loadMigrations(dir)) {
      if (done.has(m.version)) continue;
      await inTransaction(client, async () => {
        await client.query(m.up);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      });
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Reverts the latest applied migration (for development; nothing calls it automatically). */
export async function migrateDown(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const last = await client.query('SELECT version FROM schema_migrations ORDER BY version DESC LIMIT 1');
    const version: string | undefined = last.rows[0]?.version;
    const m = loadMigrations(dir).find((x) => x.version === version);
    if (!m) return null;
    await inTransaction(client, async () => {
      await client.query(m.down);
      await client.query('DELETE FROM schema_migrations WHERE version = $1', [m.version]);
    });
    return m.version;
  } finally {
    await client.end();
  }
}

async function inTransaction(client: Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}
