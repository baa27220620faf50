import { DataSource } from 'typeorm';
import { createDataSource, prepared, readRows } from '@renmian/database';
import { freshDatabase } from '../../support/test-database.util';

/** readRows goes around TypeORM's query runner: it must keep what the DataSource's pool promises. */
describe('readRows', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await freshDatabase();
    // One connection, so that what it has prepared can be seen from it.
    ds = createDataSource({ url: db.url, statementTimeoutMs: 200, poolSize: 1 });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('returns the rows of a parameterised statement', async () => {
    const rows = await readRows<{ n: number; s: string }>(ds, 'SELECT $1::int + 1 AS n, $2::text AS s', [41, '青禾']);
    expect(rows).toEqual([{ n: 42, s: '青禾' }]);
  });

  it('prepares each statement once per connection and answers every call with its own parameters', async () => {
    const sql = 'SELECT $1::text AS s';
    for (const s of ['甲', '乙', '丙']) expect(await readRows(ds, sql, [s])).toEqual([{ s }]);
    const held = await readRows<{ n: number }>(ds, 'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1', [sql]);
    expect(held).toEqual([{ n: 1 }]);
    expect(prepared(sql, []).name).toMatch(/^renmian_[0-9a-f]{24}$/);
    expect(prepared(sql, []).name).toBe(prepared(sql, ['x']).name);
    expect(prepared('SELECT 2', []).name).not.toBe(prepared(sql, []).name);
  });

  it('runs under the pool’s statement timeout and reports PostgreSQL’s code', async () => {
    await expect(readRows(ds, 'SELECT pg_sleep(2)', [])).rejects.toMatchObject({ code: '57014' });
    // The connection went back to the pool in a usable state.
    expect(await readRows<{ ok: number }>(ds, 'SELECT 1 AS ok', [])).toEqual([{ ok: 1 }]);
  });
});
