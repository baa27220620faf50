import type { DataSource } from 'typeorm';
import { refreshTenures } from './tenure-refresh';

/** What re-deriving every post did. */
export interface RederiveReport {
  posts: number;
  /** Tenure rows written anew (the posts whose tenures came out different). */
  tenuresWritten: number;
}

/**
 * Re-derives the tenures of every post under the tenure rules of this version: tenures are derived
 * when a post's events change, so a database loaded under older rules (same-day order by hash, a
 * zero-day tenure without dates, acting tenures never ended, probation ends off by a day at month
 * ends) keeps their answers until then. A post whose tenures come out the same is left alone, so a
 * second run writes nothing. One transaction per batch of posts (in id order, the order
 * refreshTenures locks them in): a long run holds few locks at a time, and a batch that fails
 * leaves the others done.
 */
export async function rederiveAll(ds: DataSource, batchSize = 500, progress: (r: RederiveReport) => void = () => undefined): Promise<RederiveReport> {
  const report: RederiveReport = { posts: 0, tenuresWritten: 0 };
  let after = '0';
  for (;;) {
    const rows: { id: string }[] = await ds.query(
      'SELECT id::text FROM posts WHERE id > $1::bigint AND merged_into IS NULL ORDER BY id LIMIT $2',
      [after, batchSize],
    );
    if (rows.length === 0) return report;
    const ids = rows.map((r) => r.id);
    report.tenuresWritten += await ds.transaction((m) => refreshTenures(m, ids));
    report.posts += ids.length;
    after = ids[ids.length - 1];
    progress(report);
  }
}
