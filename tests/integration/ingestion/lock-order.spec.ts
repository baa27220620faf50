import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { lockCurrent } from '../../../apps/api/src/corrections/event-versions';
import { noticeText } from '../../support/notice-text.util';
import { freshDatabase } from '../../support/test-database.util';

/**
 * A correction locks the event it corrects, then the event's post (to re-derive its tenures). An
 * ingest locks the post, then writes tenures whose foreign keys point at the post's earlier events
 * (a key-share lock on each). If the correction's lock on the event blocked that key share, the
 * two could wait on each other until PostgreSQL aborted one as a deadlock. The correction's lock
 * must therefore leave the key alone.
 */
describe('a correction holding an event does not block an ingest of the same post', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await freshDatabase();
    ds = createDataSource({ url: db.url });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('lets the ingest write tenures pointing at the locked event while the correction is open', async () => {
    const issuer = '青禾市人民政府';
    const post = '青禾市统计局局长';
    const ingest = new IngestionService(ds);
    await ingest.ingest(noticeText({ issuer, docNumber: '青政任〔2020〕1号', date: '2020-03-01', appoint: [{ person: '钱一', post }] }), 'first.txt');
    const [{ lineage_id }]: { lineage_id: string }[] = await ds.query(
      `SELECT e.lineage_id::text FROM events e JOIN posts p ON p.id = e.post_id WHERE p.name = $1`,
      [post],
    );

    const correction = ds.createQueryRunner();
    await correction.connect();
    await correction.startTransaction();
    try {
      expect(await lockCurrent(correction.manager, [lineage_id])).toHaveLength(1);
      // A new holder of the single seat: the first tenure is re-derived, closed by the new event,
      // and still opened by the locked one.
      const second = ingest.ingest(
        noticeText({ issuer, docNumber: '青政任〔2021〕2号', date: '2021-05-01', appoint: [{ person: '孙二', post }] }),
        'second.txt',
      );
      const outcome = await Promise.race([second.then(() => 'loaded'), new Promise((resolve) => setTimeout(() => resolve('blocked'), 5000))]);
      expect(outcome).toBe('loaded');
    } finally {
      await correction.rollbackTransaction();
      await correction.release();
    }
    const tenures: { name: string; valid: string }[] = await ds.query(
      `SELECT pe.name, t.valid::text FROM tenures t JOIN people pe ON pe.id = t.person_id WHERE t.superseded_at IS NULL ORDER BY lower(t.valid)`,
    );
    expect(tenures).toEqual([
      { name: '钱一', valid: '[2020-03-01,2021-05-01)' },
      { name: '孙二', valid: '[2021-05-01,)' },
    ]);
  }, 20_000);
});
