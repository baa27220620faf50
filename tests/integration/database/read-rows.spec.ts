import { DataSource } from 'typeorm';
import { createDataSource, readRows } from '@renmian/database';
import { freshDatabase } from '../../support/test-database.util';

/** readRows goes around TypeORM's query runner: it must keep what the DataSource's pool promises. */
describe('readRows', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await freshDatabase();
    ds = createDataSource({ url: db.url, statementTimeoutMs: 200 });
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

  it('runs under the pool’s statement timeout and reports PostgreSQL’s code', async () => {
    await expect(readRows(ds, 'SELECT pg_sleep(2)', [])).rejects.toMatchObject({ code: '57014' });
    // The connection went back to the pool in a usable state.
    expect(await readRows<{ ok: number }>(ds, 'SELECT 1 AS ok', [])).toEqual([{ ok: 1 }]);
  });
});
