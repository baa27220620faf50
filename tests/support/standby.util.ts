import { execFile, execFileSync } from 'child_process';
import { promisify } from 'util';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir, userInfo } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { freePort } from '@renmian/database';

/**
 * A real hot standby of the machine's PostgreSQL, made with PostgreSQL's own tools: pg_basebackup
 * -R into a temporary directory (it writes primary_conninfo and standby.signal), started on a free
 * port with pg_ctl, streaming through a replication slot named after this process (so the primary
 * keeps the WAL it has not received while it is stopped in a test). Removed — server, directory
 * and slot — by remove(). The primary must allow replication connections: `.ci/replication-ready`.
 */
export interface Standby {
  port: number;
  /** The standby's URL for a database of the primary. */
  url(database: string): string;
  query<T extends Record<string, unknown>>(sql: string, database?: string): Promise<T[]>;
  /** Fast shutdown, as an operator (or a crash of the host) would take it away; resolves once it is down. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP to the server and its processes: it stops answering without closing anything, as a hung host does. */
  freeze(): void;
  thaw(): void;
  remove(): Promise<void>;
}

const PRIMARY = 'postgres://postgres@127.0.0.1:5432/postgres';
const SLOT_PREFIX = 'renmian_standby_';

export async function createStandby(primaryUrl = PRIMARY): Promise<Standby> {
  const bin = await binDir(primaryUrl);
  await dropLeftoverSlots(primaryUrl);
  const slot = `${SLOT_PREFIX}${process.pid}`;
  const dir = mkdtempSync(join(tmpdir(), 'renmian-standby-'));
  const asRoot = userInfo().uid === 0;
  // PostgreSQL refuses to run as root: the standby's files and server belong to `postgres`.
  if (asRoot) chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  chmodSync(dir, 0o700);
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe', cwd: '/' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const primary = new URL(primaryUrl);
  run('pg_basebackup', ['-h', primary.hostname, '-p', primary.port || '5432', '-U', primary.username || 'postgres', '-D', dir, '-R', '-X', 'stream', '-c', 'fast', '-C', '-S', slot, '--no-sync']);
  const port = await freePort();
  writeFileSync(
    join(dir, 'postgresql.conf'),
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      'hot_standby = on',
      'fsync = off',
      'shared_buffers = 32MB',
      'max_connections = 100',
      'wal_receiver_status_interval = 1s',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
  if (asRoot) execFileSync('chown', ['postgres:postgres', join(dir, 'postgresql.conf'), join(dir, 'pg_hba.conf')]);
  // Asynchronous: the service under test runs in this process and keeps answering meanwhile.
  const runAsync = async (tool: string, args: string[]) => {
    if (asRoot) await promisify(execFile)('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { cwd: '/' });
    else await promisify(execFile)(join(bin, tool), args);
  };
  const start = () => runAsync('pg_ctl', ['-D', dir, '-l', join(dir, 'standby.log'), '-w', '-t', '60', 'start']);
  const stop = () => runAsync('pg_ctl', ['-D', dir, '-m', 'fast', '-w', '-t', '60', 'stop']);
  await start();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async query<T extends Record<string, unknown>>(sql: string, database = 'postgres') {
      const client = new Client({ connectionString: url(database) });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    },
    stop,
    start,
    freeze: () => signalServer(dir, 'SIGSTOP'),
    thaw: () => signalServer(dir, 'SIGCONT'),
    async remove() {
      signalServer(dir, 'SIGCONT');
      try {
        run('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', '-t', '60', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
      await onPrimary(primaryUrl, 'SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1', [slot]);
    },
  };
}

/** Slots of runs that were killed before their clean-up: a slot nobody reads keeps WAL forever. */
async function dropLeftoverSlots(primaryUrl: string): Promise<void> {
  const rows = await onPrimary<{ slot_name: string }>(primaryUrl, 'SELECT slot_name FROM pg_replication_slots WHERE NOT active AND slot_name LIKE $1', [`${SLOT_PREFIX}%`]);
  for (const { slot_name } of rows) {
    const pid = Number(slot_name.slice(SLOT_PREFIX.length));
    if (alive(pid)) continue;
    await onPrimary(primaryUrl, 'SELECT pg_drop_replication_slot($1)', [slot_name]);
  }
}

async function binDir(primaryUrl: string): Promise<string> {
  const [{ v }] = await onPrimary<{ v: string }>(primaryUrl, 'SELECT current_setting($1)::int / 10000 AS v', ['server_version_num']);
  return process.env.PG_BIN_DIR ?? `/usr/lib/postgresql/${v}/bin`;
}

async function onPrimary<T>(url: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The standby's postmaster (from its pid file) and its children, by process id. */
function signalServer(dir: string, signal: NodeJS.Signals): void {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return; // not running
  }
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)]).toString().split(/\s+/).filter(Boolean).map(Number);
  for (const pid of [postmaster, ...children]) {
    try {
      process.kill(pid, signal);
    } catch {
      // gone meanwhile
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}

function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}
