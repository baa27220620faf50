import { createDataSource } from '@renmian/database';
import { copyRows } from '../../../libs/ingestion/src/copy-rows.util';
import { freshDatabase } from '../../support/test-database.util';

/** copyRows on a real PostgreSQL: what goes in is what the server stores, in the caller's transaction. */
describe('copyRows', () => {
  it('stores every value as given, in many chunks, and rolls back with its transaction', async () => {
    const db = await freshDatabase();
    const ds = createDataSource({ url: db.url });
    await ds.initialize();
    try {
      await ds.query('CREATE TABLE copied (n int, t text, d date, b boolean)');
      const awkward = ['\\N', 'a\tb', 'line\nbreak', 'back\\slash', 'cr\r\nlf', '', '任命：张三为青禾市统计局局长'];
      const rows = Array.from({ length: 5000 }, (_v, i) => [i, i % 11 === 0 ? null : awkward[i % awkward.length], i % 2 ? '2024-03-09' : null, i % 3 === 0]);
      await ds.transaction((m) => copyRows(m, 'copied', ['n', 't', 'd', 'b'], rows));
      const stored: { n: number; t: string | null; d: string | null; b: boolean }[] = await ds.query('SELECT n, t, d::text AS d, b FROM copied ORDER BY n');
      expect(stored.map((r) => [r.n, r.t, r.d, r.b])).toEqual(rows);

      await expect(
        ds.transaction(async (m) => {
          await copyRows(m, 'copied', ['n', 't'], [[1, 'kept?']]);
          throw new Error('abandoned');
        }),
      ).rejects.toThrow('abandoned');
      expect(await ds.query('SELECT count(*)::int AS n FROM copied')).toEqual([{ n: 5000 }]);
      await expect(ds.transaction((m) => copyRows(m, 'copied', ['n', 'd'], [[1, 'not a date']]))).rejects.toThrow(/date/);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
