import { createDataSource, openDatabase } from '@renmian/database';
import { rederiveAll } from '@renmian/ingestion';
import { UsageError } from './usage.error';

/**
 * `rederive`: every post's tenures derived again under this version's rules (rederiveAll), for a
 * database loaded by an older version. Safe to run at any time, and again: unchanged posts are not
 * written.
 */
export async function rederiveCommand(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.length > 0) throw new UsageError('rederive takes no arguments');
  const db = await openDatabase({ log: err });
  const ds = createDataSource({ url: db.url });
  await ds.initialize();
  try {
    const report = await rederiveAll(ds, 500, (r) => err(`renmian: ${r.posts} posts re-derived…`));
    out(`re-derived the tenures of ${report.posts} posts: ${report.tenuresWritten === 0 ? 'nothing changed' : `${report.tenuresWritten} tenures written anew`}`);
    return 0;
  } finally {
    await ds.destroy();
    await db.close();
  }
}
