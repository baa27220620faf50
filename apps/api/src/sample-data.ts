import { Logger } from '@nestjs/common';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { IngestionService } from '@renmian/ingestion';

/** Invented notices shipped with the project, so that a fresh install has something to ask about. */
export const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'docs', 'samples');

export async function loadSamplesIfEmpty(ds: DataSource, ingestion: IngestionService, logger: Logger): Promise<void> {
  const [{ n }] = await ds.query('SELECT count(*) AS n FROM documents');
  if (Number(n) > 0) return;
  for (const file of readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const report = await ingestion.ingest(readFileSync(join(SAMPLES_DIR, file), 'utf8'), `docs/samples/${file}`);
    logger.log(`loaded sample ${file}: ${report.notices} notices, ${report.events} events`);
  }
}
