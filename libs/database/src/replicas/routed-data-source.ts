import type { Pool, PoolClient, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError, type QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { parseLsn } from './lsn.util';
import { ReadScope, currentReadScope } from './read-scope';
import { Replica, ReplicaSet } from './replica-set';
import { WriteFences } from './write-fences';

/**
 * The service's DataSource. Without replicas it is TypeORM's own. With them, a plain SELECT run
 * outside a transaction inside a read request (see ReadScope) goes to a standby; everything else —
 * writes, transactions, reads of a write request, statements outside any request — to the primary.
 * A standby that fails a read leaves rotation and the read is run again on the next one, the
 * primary last: reads are idempotent, so a dead standby costs time, never an answer.
 */
export class RoutedDataSource extends DataSource {
  private routing: { replicas: ReplicaSet; fences: WriteFences } | null = null;

  useReplicas(replicas: ReplicaSet): void {
    const fences = new WriteFences();
    replicas.afterCheck = () => fences.prune((lsn) => replicas.allReplayed(lsn));
    this.routing = { replicas, fences };
  }

  get replicas(): ReplicaSet | null {
    return this.routing?.replicas ?? null;
  }

  get fences(): WriteFences | null {
    return this.routing?.fences ?? null;
  }

  override async query<T = unknown>(sql: string, parameters?: unknown[], queryRunner?: QueryRunner): Promise<T> {
    const scope = queryRunner ? undefined : this.readScopeFor(sql);
    if (!scope) return super.query<T>(sql, parameters, queryRunner);
    try {
      const result = await this.onReplica(scope, (client) => client.query(sql, parameters));
      if (result) return result.rows as T;
    } catch (e) {
      // A statement a standby refused for itself (not for being down) fails as it would on the
      // primary, in TypeORM's wrapper, so callers see one kind of error.
      throw new QueryFailedError(sql, parameters, e as Error);
    }
    return super.query<T>(sql, parameters);
  }

  /** readRows' path: the same routing, on the pools directly, as a prepared statement. */
  async readRows<T extends QueryResultRow>(config: QueryConfig): Promise<T[]> {
    const scope = this.readScopeFor(config.text);
    const result = scope ? await this.onReplica<T>(scope, (pool) => pool.query<T>(config)) : null;
    if (result) return result.rows;
    return (await this.primaryPool().query<T>(config)).rows;
  }

  /** The primary's WAL position now: taken after a write commits, it is at or past that commit. */
  async primaryLsn(): Promise<bigint> {
    const { rows } = await this.primaryPool().query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    return parseLsn(rows[0].lsn);
  }

  override async destroy(): Promise<void> {
    await this.routing?.replicas.close();
    await super.destroy();
  }

  private primaryPool(): Pool {
    return (this.driver as PostgresDriver).master as Pool;
  }

  private readScopeFor(sql: string): ReadScope | undefined {
    if (!this.routing) return undefined;
    const scope = currentReadScope();
    return scope && !scope.write && isPlainRead(sql) ? scope : undefined;
  }

  /** The result from a standby, or null when none can serve (the caller then asks the primary). */
  private async onReplica<T extends QueryResultRow>(scope: ReadScope, run: (client: PoolClient) => Promise<QueryResult<T>>): Promise<QueryResult<T> | null> {
    const replicas = this.routing!.replicas;
    for (;;) {
      let replica: Replica | null = scope.replica;
      if (!replica || !replica.up || scope.failed.has(replica)) replica = replicas.pick(scope.minLsn, scope.failed);
      scope.replica = replica;
      if (!replica) return null;
      try {
        const result = await replica.read(run);
        scope.noteServed(replica);
        return result;
      } catch (e) {
        const fault = replicaFault(e);
        if (fault === 'none') throw e;
        scope.failed.add(replica);
        if (fault === 'down') replicas.markDown(replica, (e as Error).message);
      }
    }
  }
}

/**
 * Only statements that read and nothing else may go to a standby. Anything that might write or
 * lock (a data-modifying WITH, FOR UPDATE, a sequence, an advisory lock) stays on the primary; a
 * false alarm here costs only a read on the primary.
 */
export function isPlainRead(sql: string): boolean {
  if (!/^\s*(?:SELECT|WITH)\b/i.test(sql)) return false;
  return !/\b(?:INSERT|UPDATE|DELETE|MERGE|TRUNCATE|FOR\s+(?:NO\s+KEY\s+)?(?:UPDATE|SHARE|KEY\s+SHARE)|nextval|setval|pg_advisory\w*|pg_current_wal\w*)\b/i.test(sql);
}

/**
 * Whether a failed read is the standby's fault: `down` (it does not answer — refused, reset, shut
 * down, starting, out of connections, timed out), `conflict` (replay cancelled the statement; the
 * standby is fine, the read goes elsewhere), or `none` (the statement's own error, which the
 * primary would give too).
 */
export function replicaFault(e: unknown): 'down' | 'conflict' | 'none' {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) {
    // No SQLSTATE: the socket's error (ECONNREFUSED…) or pg's own (connection terminated, timeout).
    const connection = (typeof code === 'string' && /^E[A-Z]+$/.test(code)) || /connect|terminat|timeout|closed/i.test((e as Error).message ?? '');
    return connection ? 'down' : 'none';
  }
  if (code.startsWith('08') || code.startsWith('53') || code.startsWith('57P')) return 'down';
  if (code === '40001' || code === '40P01') return 'conflict';
  return 'none';
}
