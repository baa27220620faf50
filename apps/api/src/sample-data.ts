import { Logger } from '@nestjs/common';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { IngestionService } from '@renmian/ingestion';

/** Invented notices shipped with the project, so that a fresh install has something to ask about. */
export const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'docs', 'samples');

/**
 * Loads the sample notices into an empty database, only when it is the zero-setup embedded one
 * (`npm start` with no DATABASE_URL). A server named by DATABASE_URL is an office's own record:
 * invented notices there would stand beside real ones, so it is never given them, and the log
 * says so.
 */
export async function loadSamplesIfEmpty(ds: DataSource, ingestion: IngestionService, logger: Logger, database: { embedded: boolean }): Promise<number> {
  if (!database.embedded) {
    logger.log('DATABASE_URL names a server: the sample notices are not loaded into it');
    return 0;
  }
  const [{ n }] = await ds.query('SELECT count(*) AS n FROM documents');
  if (Number(n) > 0) return 0;
  const files = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const report = await ingestion.ingest(readFileSync(join(SAMPLES_DIR, file), 'utf8'), `docs/samples/${file}`);
    logger.log(`loaded sample ${file} into the embedded database: ${report.notices} notices, ${report.events} events`);
  }
  return files.length;
}
