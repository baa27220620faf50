import { Pool, type PoolClient, type QueryResult, type QueryResultRow } from 'pg';
import { parseLsn } from './lsn.util';

/** What /health shows for one standby. */
export interface ReplicaHealth {
  name: string;
  status: 'up' | 'down';
  /** Milliseconds of commits received but not yet replayed, at the last check. */
  lagMs: number | null;
  replayLsn: string | null;
  /**
   * Whether it receives from the primary right now (null: not visible to this role). A standby
   * cut off from its primary reports no lag for what it has, but learns nothing newer.
   */
  streaming: boolean | null;
  checkedAt: string | null;
  error: string | null;
}

export interface ReplicaSetOptions {
  urls: string[];
  checkIntervalMs: number;
  maxLagMs: number;
  poolSize?: number;
  statementTimeoutMs?: number;
}

/** One standby: a pool for reads and a one-connection pool for checks, so a busy pool never reads as a dead one. */
export class Replica {
  up = false;
  lagMs: number | null = null;
  replayLsn: bigint | null = null;
  replayLsnText: string | null = null;
  streaming: boolean | null = null;
  checkedAt: Date | null = null;
  error: string | null = 'not checked yet';

  /** Connections with a read under way, to cut if the standby stops answering. */
  private readonly reading = new Set<PoolClient>();

  constructor(
    readonly name: string,
    readonly pool: Pool,
    readonly checkPool: Pool,
  ) {}

  async read<T extends QueryResultRow>(run: (client: PoolClient) => Promise<QueryResult<T>>): Promise<QueryResult<T>> {
    const client = await this.pool.connect();
    this.reading.add(client);
    let broken: Error | undefined;
    try {
      return await run(client);
    } catch (e) {
      broken = e as Error;
      throw e;
    } finally {
      this.reading.delete(client);
      // A connection that failed is dropped, not handed to the next read.
      client.release(broken);
    }
  }

  /**
   * Ends the reads waiting on a standby that failed its check: a hung server never answers them,
   * and its own statement timeout cannot fire. Each fails as a lost connection and is run again
   * elsewhere (see RoutedDataSource).
   */
  abortReads(): void {
    for (const client of this.reading) (client as PoolClient & { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }

  health(): ReplicaHealth {
    return {
      name: this.name,
      status: this.up ? 'up' : 'down',
      lagMs: this.lagMs,
      replayLsn: this.replayLsnText,
      streaming: this.streaming,
      checkedAt: this.checkedAt?.toISOString() ?? null,
      error: this.error,
    };
  }
}

// Lag is what was received and not yet replayed: a standby that has replayed all it received is
// current, however long ago the primary last committed (an idle primary is no lag).
const CHECK_SQL = `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replay,
       CASE WHEN pg_last_wal_receive_lsn() IS NULL OR pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() THEN 0
            ELSE greatest(0, floor(extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000))::bigint
       END AS lag_ms,
       (SELECT status = 'streaming' FROM pg_stat_wal_receiver LIMIT 1) AS streaming`;

/**
 * The standbys PostgreSQL streams to (set up with its own replication; nothing here copies data):
 * which answer, how far each has replayed, and whose turn it is. A standby that fails a check or a
 * read leaves rotation at once and comes back at the first check it passes.
 */
export class ReplicaSet {
  readonly replicas: Replica[];
  private turn = 0;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  /** Called after each round of checks (the write fences prune themselves then). */
  afterCheck: (() => void) | null = null;

  constructor(private readonly options: ReplicaSetOptions) {
    // Long enough that a busy machine's slow answer is not taken for a dead standby (that only
    // moves reads to the primary, but for nothing), short enough that a dead one leaves in seconds.
    const checkTimeout = Math.min(Math.max(options.checkIntervalMs * 2, 1500), 5000);
    this.replicas = options.urls.map((url) => {
      const replica = new Replica(
        describe(url),
        new Pool({
          connectionString: url,
          max: options.poolSize ?? 10,
          statement_timeout: options.statementTimeoutMs ?? 15_000,
          // A standby that hangs (rather than refusing) cannot enforce its own statement timeout:
          // the client gives up a second later and the read is retried elsewhere.
          query_timeout: (options.statementTimeoutMs ?? 15_000) + 1000,
          connectionTimeoutMillis: checkTimeout,
        }),
        new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: checkTimeout, query_timeout: checkTimeout }),
      );
      // A standby that goes away breaks its idle connections; pg reports that as an event, which
      // unheard would end the process. The next check or read takes the standby out instead.
      // The same for a connection in use: cut (abortReads) or dropped by the server mid-read, it
      // reports the loss both to its query (which fails over) and as an event.
      for (const pool of [replica.pool, replica.checkPool]) {
        pool.on('error', () => undefined);
        pool.on('connect', (client) => client.on('error', () => undefined));
      }
      return replica;
    });
  }

  /** Checks every standby now, then every interval, until close(). */
  start(): Promise<void> {
    this.timer ??= setInterval(() => void this.checkAll(), this.options.checkIntervalMs);
    this.timer.unref();
    return this.checkAll();
  }

  checkAll(): Promise<void> {
    this.checking ??= Promise.all(this.replicas.map((r) => this.check(r))).then(() => {
      this.checking = null;
      this.afterCheck?.();
    });
    return this.checking;
  }

  private async check(replica: Replica): Promise<void> {
    try {
      const { rows } = await replica.checkPool.query<{ standby: boolean; replay: string | null; lag_ms: string; streaming: boolean | null }>(CHECK_SQL);
      const row = rows[0];
      replica.checkedAt = new Date();
      if (!row.standby || row.replay === null) {
        // A promoted standby has left the primary's history: reading from it could show writes the
        // primary never had.
        this.markDown(replica, 'not a standby in recovery (promoted, or not a replica)');
        return;
      }
      replica.replayLsnText = row.replay;
      replica.replayLsn = parseLsn(row.replay);
      replica.lagMs = Number(row.lag_ms);
      replica.streaming = row.streaming ?? false;
      replica.up = true;
      replica.error = null;
    } catch (e) {
      replica.checkedAt = new Date();
      this.markDown(replica, (e as Error).message);
      replica.abortReads();
    }
  }

  markDown(replica: Replica, reason: string): void {
    replica.up = false;
    replica.error = reason;
  }

  /**
   * The next standby in turn that answers, is within the lag allowed, and has replayed `minLsn`
   * (the asker's own last write) — or null, and the read goes to the primary.
   */
  pick(minLsn: bigint | null, tried: ReadonlySet<Replica> = new Set()): Replica | null {
    const n = this.replicas.length;
    for (let i = 0; i < n; i++) {
      const replica = this.replicas[(this.turn + i) % n];
      if (!this.serves(replica, minLsn) || tried.has(replica)) continue;
      this.turn = (this.turn + i + 1) % n;
      return replica;
    }
    return null;
  }

  private serves(replica: Replica, minLsn: bigint | null): boolean {
    if (!replica.up || replica.lagMs === null || replica.lagMs > this.options.maxLagMs) return false;
    return minLsn === null || (replica.replayLsn !== null && replica.replayLsn >= minLsn);
  }

  /** Whether every standby has replayed `lsn`: a write fence no standby can break any more. */
  allReplayed(lsn: bigint): boolean {
    return this.replicas.every((r) => r.replayLsn !== null && r.replayLsn >= lsn);
  }

  health(): ReplicaHealth[] {
    return this.replicas.map((r) => r.health());
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking?.catch(() => undefined);
    await Promise.all(this.replicas.flatMap((r) => [r.pool.end(), r.checkPool.end()]).map((p) => p.catch(() => undefined)));
  }
}

/** Host, port and database: enough to tell standbys apart, never the password. */
export function describe(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}
