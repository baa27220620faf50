import type { EntityManager } from 'typeorm';

/**
 * A load's two large statements — its events and its tenures — check their foreign keys once per
 * statement instead of once per row, where the database allows it.
 *
 * Why: PostgreSQL checks a foreign key with a trigger per row that plans, starts and ends a query
 * each time. Profiled during bench:ingest (issue 13), those checks were 45% of the server's time
 * for the load, and they dominated the two statements that write a hundred thousand rows each.
 *
 * How the guarantee is kept: with `session_replication_role = replica` (set for the transaction
 * only, around those statements alone) no row trigger fires — and there are no others on these tables:
 * events' lineage trigger fires only when lineage_id is missing, and the load always writes it.
 * Every row the two statements refer to is then either one this transaction created (no other
 * transaction can see it, so none can delete it) or one this transaction has locked FOR KEY SHARE
 * (lockReferenced), after which its existence is checked. That is the lock and the check
 * PostgreSQL's own trigger takes for each row; here it is taken once per referenced row.
 *
 * Only a superuser may set the parameter, or a role granted it (`GRANT SET ON PARAMETER
 * session_replication_role TO …`, PostgreSQL 15+). Otherwise the load runs with the per-row
 * triggers, as before: slower, and the same data.
 */
export async function mayTurnRowTriggersOff(m: EntityManager): Promise<boolean> {
  await m.query('SAVEPOINT renmian_row_triggers');
  try {
    await m.query('SET LOCAL session_replication_role = replica');
    await m.query('SET LOCAL session_replication_role = origin');
    await m.query('RELEASE SAVEPOINT renmian_row_triggers');
    return true;
  } catch (e) {
    // 42501: insufficient privilege. Anything else is a real failure.
    if ((e as { code?: string }).code !== '42501') throw e;
    await m.query('ROLLBACK TO SAVEPOINT renmian_row_triggers');
    return false;
  }
}

/** Row triggers off for the statements that follow, until rowTriggersOn (or the transaction's end). */
export async function rowTriggersOff(m: EntityManager): Promise<void> {
  await m.query('SET LOCAL session_replication_role = replica');
}

export async function rowTriggersOn(m: EntityManager): Promise<void> {
  await m.query('SET LOCAL session_replication_role = origin');
}

/** Tables a load's rows refer to, with the column that names them (their primary key). */
export type ReferencedTable = 'people' | 'posts' | 'organizations' | 'events' | 'notices';

/**
 * Locks the given rows FOR KEY SHARE — the lock a foreign-key check takes, so that none can be
 * deleted or change its key until this transaction ends — and fails, naming `what`, when any of
 * them does not exist. Ids may repeat.
 */
export async function lockReferenced(m: EntityManager, table: ReferencedTable, ids: Iterable<string>, what: string): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const [{ n }]: { n: number }[] = await m.query(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} WHERE id = ANY($1::bigint[]) ORDER BY id FOR KEY SHARE) AS locked`,
    [wanted],
  );
  if (n === wanted.length) return;
  const rows: { id: string }[] = await m.query(`SELECT id::text FROM ${table} WHERE id = ANY($1::bigint[])`, [wanted]);
  const found = new Set(rows.map((r) => r.id));
  const missing = wanted.filter((id) => !found.has(id));
  throw new MissingReferenceError(what, table, missing);
}

/** A load referred to a row that does not exist (deleted meanwhile, or a bug): nothing is written. */
export class MissingReferenceError extends Error {
  constructor(
    readonly what: string,
    readonly table: ReferencedTable,
    readonly missing: string[],
  ) {
    super(`${what} refers to ${table} ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which do not exist`);
    this.name = 'MissingReferenceError';
  }
}
