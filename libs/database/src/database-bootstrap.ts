import { existsSync } from 'fs';
import { connect } from 'net';
import { join, resolve } from 'path';
import { Client } from 'pg';
import { withDatabaseName } from './database-admin';
import { startEmbeddedDatabase } from './embedded-database';
import { migrate } from './migration-runner';

/**
 * Where the data lives: the server in DATABASE_URL, or else an embedded PostgreSQL under ./.data
 * (started here, or reused when another Renmian process already runs it). Pending migrations are
 * applied before anything else touches the database.
 */
export interface OpenDatabase {
  url: string;
  embedded: boolean;
  migrated: string[];
  close(): Promise<void>;
}

export interface BootstrapOptions {
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
}

const DATABASE_NAME = 'renmian';

export async function openDatabase(options: BootstrapOptions = {}): Promise<OpenDatabase> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  if (env.DATABASE_URL) {
    const migrated = await migrate(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, migrated, close: async () => undefined };
  }
  const dataDir = resolve(env.RENMIAN_DATA_DIR ?? join('.data', 'postgres'));
  const port = Number(env.RENMIAN_EMBEDDED_PORT ?? 54329);
  let stop: () => Promise<void> = async () => undefined;
  if (existsSync(join(dataDir, 'postmaster.pid')) && (await accepts(port))) {
    log(`using the embedded PostgreSQL already running on port ${port} (${dataDir})`);
  } else {
    log(`starting embedded PostgreSQL in ${dataDir} on port ${port}`);
    const server = await startEmbeddedDatabase({ dataDir, port, persistent: true });
    stop = () => server.stop();
  }
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, DATABASE_NAME);
  const url = withDatabaseName(adminUrl, DATABASE_NAME);
  const migrated = await migrate(url);
  return { url, embedded: true, migrated, close: stop };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}
