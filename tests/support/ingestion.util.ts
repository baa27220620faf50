import type { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { freshDatabase } from './test-database.util';

/** An IngestionService on a fresh database of its own, dropped when `work` is done. */
export async function withService<T>(work: (s: IngestionService, ds: DataSource) => Promise<T>): Promise<T> {
  const db = await freshDatabase();
  const ds = createDataSource({ url: db.url });
  await ds.initialize();
  try {
    return await work(new IngestionService(ds), ds);
  } finally {
    await ds.destroy();
    await db.drop();
  }
}
