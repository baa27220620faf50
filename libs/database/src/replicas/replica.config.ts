/**
 * Read replicas from the environment, checked at start so that a wrong value stops the service with
 * the variable's name instead of surfacing later as a failed read.
 */
export interface ReplicaOptions {
  /** Connection strings of the standbys, each naming the same database as DATABASE_URL. */
  urls: string[];
  /** How often each standby is asked whether it answers and how far it has replayed. */
  checkIntervalMs: number;
  /** A standby further behind than this takes no reads, even anonymous ones. */
  maxLagMs: number;
}

export class ReplicaConfigError extends Error {}

const DEFAULT_CHECK_MS = 1000;
const DEFAULT_MAX_LAG_MS = 30_000;

/** Null when DATABASE_REPLICA_URLS is unset or empty: every statement then goes to the primary. */
export function replicaOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ReplicaOptions | null {
  const raw = (env.DATABASE_REPLICA_URLS ?? '').trim();
  if (raw === '') return null;
  const urls = raw.split(',').map((u) => u.trim());
  urls.forEach((url, i) => checkUrl(url, i));
  if (new Set(urls).size !== urls.length) throw new ReplicaConfigError('DATABASE_REPLICA_URLS names the same replica twice');
  if (env.DATABASE_URL && urls.includes(env.DATABASE_URL.trim())) {
    throw new ReplicaConfigError('DATABASE_REPLICA_URLS includes DATABASE_URL itself: a replica must be a standby of it, not the primary');
  }
  return {
    urls,
    checkIntervalMs: whole(env, 'DATABASE_REPLICA_CHECK_MS', DEFAULT_CHECK_MS, 100, 60_000),
    maxLagMs: whole(env, 'DATABASE_REPLICA_MAX_LAG_MS', DEFAULT_MAX_LAG_MS, 0, 86_400_000),
  };
}

function checkUrl(url: string, index: number): void {
  const where = `DATABASE_REPLICA_URLS (entry ${index + 1})`;
  if (url === '') throw new ReplicaConfigError(`${where} is empty: give comma-separated postgres:// URLs`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ReplicaConfigError(`${where} is not a URL: expected postgres://user@host:port/database`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ReplicaConfigError(`${where} must start with postgres:// or postgresql://, not ${parsed.protocol}//`);
  }
  if (parsed.pathname.length <= 1) throw new ReplicaConfigError(`${where} names no database: add /<database> (the same as DATABASE_URL's)`);
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ReplicaConfigError(`${name} must be a whole number of milliseconds from ${min} to ${max}, not “${raw}”`);
  return n;
}
