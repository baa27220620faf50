import {
  ReplicaConfigError,
  ReplicaSet,
  WriteFences,
  formatLsn,
  isPlainRead,
  parseLsn,
  replicaFault,
  replicaOptionsFromEnv,
} from '@renmian/database';

describe('WAL positions', () => {
  it('reads and compares them as PostgreSQL prints them', () => {
    expect(parseLsn('0/3000060')).toBe(0x3000060n);
    expect(parseLsn('16/B374D848') > parseLsn('9/FFFFFFFF')).toBe(true);
    expect(formatLsn(parseLsn('16/B374D848'))).toBe('16/B374D848');
    expect(() => parseLsn('16-B3')).toThrow('not a WAL position');
  });
});

describe('DATABASE_REPLICA_URLS', () => {
  it('is off when unset or empty, and reads a comma-separated list with defaults', () => {
    expect(replicaOptionsFromEnv({})).toBeNull();
    expect(replicaOptionsFromEnv({ DATABASE_REPLICA_URLS: ' ' })).toBeNull();
    expect(replicaOptionsFromEnv({ DATABASE_REPLICA_URLS: 'postgres://a:5433/r, postgresql://b/r' })).toEqual({
      urls: ['postgres://a:5433/r', 'postgresql://b/r'],
      checkIntervalMs: 1000,
      maxLagMs: 30_000,
    });
  });

  it.each([
    [{ DATABASE_REPLICA_URLS: 'postgres://a/r,' }, /entry 2\) is empty/],
    [{ DATABASE_REPLICA_URLS: 'replica-1' }, /entry 1\) is not a URL/],
    [{ DATABASE_REPLICA_URLS: 'mysql://a/r' }, /must start with postgres:\/\//],
    [{ DATABASE_REPLICA_URLS: 'postgres://a' }, /names no database/],
    [{ DATABASE_REPLICA_URLS: 'postgres://a/r,postgres://a/r' }, /same replica twice/],
    [{ DATABASE_REPLICA_URLS: 'postgres://p/r', DATABASE_URL: 'postgres://p/r' }, /includes DATABASE_URL itself/],
    [{ DATABASE_REPLICA_URLS: 'postgres://a/r', DATABASE_REPLICA_CHECK_MS: 'soon' }, /DATABASE_REPLICA_CHECK_MS must be a whole number/],
    [{ DATABASE_REPLICA_URLS: 'postgres://a/r', DATABASE_REPLICA_MAX_LAG_MS: '-1' }, /DATABASE_REPLICA_MAX_LAG_MS must be/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => replicaOptionsFromEnv(env)).toThrow(ReplicaConfigError);
    expect(() => replicaOptionsFromEnv(env)).toThrow(message);
  });
});

describe('which statements may go to a standby', () => {
  it('takes plain reads only', () => {
    expect(isPlainRead('SELECT id FROM people WHERE name = $1')).toBe(true);
    expect(isPlainRead('  with t AS (SELECT 1) SELECT * FROM t')).toBe(true);
    expect(isPlainRead('SELECT updated_at, last_update FROM x')).toBe(true);
    expect(isPlainRead('INSERT INTO x VALUES (1)')).toBe(false);
    expect(isPlainRead('WITH d AS (DELETE FROM x RETURNING *) SELECT * FROM d')).toBe(false);
    expect(isPlainRead('SELECT * FROM events WHERE id = $1 FOR UPDATE')).toBe(false);
    expect(isPlainRead("SELECT nextval('s')")).toBe(false);
    expect(isPlainRead('SELECT pg_advisory_lock(1)')).toBe(false);
  });

  it('tells a standby that is down from a statement that failed on its own', () => {
    expect(replicaFault(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }))).toBe('down');
    expect(replicaFault(new Error('Connection terminated unexpectedly'))).toBe('down');
    expect(replicaFault(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe('down');
    expect(replicaFault(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe('down');
    expect(replicaFault(Object.assign(new Error('canceling statement due to conflict with recovery'), { code: '40001' }))).toBe('conflict');
    expect(replicaFault(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe('none');
    expect(replicaFault(new TypeError('bad parameter'))).toBe('none');
  });
});

describe('the standbys in rotation', () => {
  const set = () => {
    const s = new ReplicaSet({ urls: ['postgres://a:1/r', 'postgres://b:2/r', 'postgres://c:3/r'], checkIntervalMs: 1000, maxLagMs: 5000 });
    for (const r of s.replicas) Object.assign(r, { up: true, lagMs: 0, replayLsn: 100n, error: null });
    return s;
  };

  it('takes turns among those that answer, and none when none can serve', async () => {
    const s = set();
    expect([s.pick(null), s.pick(null), s.pick(null), s.pick(null)].map((r) => r!.name)).toEqual(['a:1/r', 'b:2/r', 'c:3/r', 'a:1/r']);
    s.markDown(s.replicas[1], 'gone');
    expect([s.pick(null), s.pick(null), s.pick(null)].map((r) => r!.name)).toEqual(['c:3/r', 'a:1/r', 'c:3/r']);
    s.replicas[0].lagMs = 6000;
    expect(s.pick(null)!.name).toBe('c:3/r');
    expect(s.pick(null, new Set([s.replicas[2]]))).toBeNull();
    await s.close();
  });

  it('serves a writer only from a standby that has replayed its write', async () => {
    const s = set();
    s.replicas[2].replayLsn = 200n;
    expect(s.pick(150n)!.name).toBe('c:3/r');
    expect(s.pick(201n)).toBeNull();
    expect(s.allReplayed(100n)).toBe(true);
    expect(s.allReplayed(150n)).toBe(false);
    expect(s.health()[0]).toMatchObject({ name: 'a:1/r', status: 'up', lagMs: 0 });
    await s.close();
  });
});

describe('write fences', () => {
  it('keeps the highest position per credential until every standby has passed it', () => {
    const f = new WriteFences(2);
    f.record(['key:a'], 10n);
    f.record(['key:a', 'session:s'], 5n);
    expect(f.fenceFor(['key:a'])).toBe(10n);
    expect(f.fenceFor(['session:s', 'key:a'])).toBe(10n);
    expect(f.fenceFor(['key:b'])).toBeNull();
    f.prune((lsn) => lsn <= 7n);
    expect(f.fenceFor(['session:s'])).toBeNull();
    f.record(['key:b'], 1n);
    f.record(['key:c'], 1n);
    expect(f.size).toBe(2);
  });
});
