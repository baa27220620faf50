import { rederiveAll } from '@renmian/ingestion';
import { withService } from '../../support/ingestion.util';
import { noticeText } from '../../support/notice-text.util';

// Invented names. A database derived under older rules is simulated by writing what they gave: the
// probation end of one month from 2024-01-31 as 2024-02-28 (the rules now say 02-29).
const NOTICE = noticeText({
  issuer: '栎阳市人民政府',
  docNumber: '栎政任〔2024〕5号',
  date: '2024-01-31',
  appoint: [{ person: '宋远', post: '栎阳市统计局副局长', probation: '一个月' }, { person: '吴桐', post: '栎阳市统计局局长' }],
});

describe('rederiveAll', () => {
  it('rewrites the posts whose tenures the rules now derive differently, keeps the old rows superseded, and a second run writes nothing', async () => {
    await withService(async (service, ds) => {
      await service.ingest(NOTICE, 'a.txt');
      await ds.query(`UPDATE tenures SET probation_end = '2024-02-28' WHERE probation_end = '2024-02-29'`);
      const progress: number[] = [];
      const first = await rederiveAll(ds, 1, (r) => progress.push(r.posts));
      expect(first).toEqual({ posts: 2, tenuresWritten: 1 });
      expect(progress).toEqual([1, 2]);
      const rows: { probation_end: string; believed: boolean }[] = await ds.query(
        `SELECT probation_end::text, superseded_at IS NULL AS believed FROM tenures WHERE probation_end IS NOT NULL ORDER BY recorded_at`,
      );
      expect(rows).toEqual([{ probation_end: '2024-02-28', believed: false }, { probation_end: '2024-02-29', believed: true }]);
      expect(await rederiveAll(ds)).toEqual({ posts: 2, tenuresWritten: 0 });
    });
  });
});
