import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * One read-only statement straight on the connection pool the DataSource already holds (same
 * connections, same statement timeout, same type parsing). `DataSource.query` makes a query runner
 * and takes and gives back a connection through it around every statement; for the service's
 * most frequent question that was a visible share of a request's CPU on bench:api. Errors are
 * pg's own (`code` is PostgreSQL's SQLSTATE), not TypeORM's QueryFailedError. Writes and anything
 * that needs a transaction go through TypeORM.
 */
export async function readRows<T>(ds: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const pool = (ds.driver as PostgresDriver).master as Pool;
  const result = await pool.query(sql, params);
  return result.rows as T[];
}
