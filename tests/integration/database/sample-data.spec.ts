import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { loadSamplesIfEmpty } from '../../../apps/api/src/sample-data';
import { freshDatabase } from '../../support/test-database.util';

describe('the bundled sample notices at boot', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  const documents = async () => Number((await ds.query('SELECT count(*) AS n FROM documents'))[0].n);
  const logger = new Logger('test');
  const said: string[] = [];

  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    jest.spyOn(logger, 'log').mockImplementation((m: unknown) => void said.push(String(m)));
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  it('are not loaded into a server named by DATABASE_URL, and the log says so', async () => {
    expect(await loadSamplesIfEmpty(ds, new IngestionService(ds), logger, { embedded: false })).toBe(0);
    expect(await documents()).toBe(0);
    expect(said).toContain('DATABASE_URL names a server: the sample notices are not loaded into it');
  });

  it('are loaded into the empty embedded database, once', async () => {
    const loaded = await loadSamplesIfEmpty(ds, new IngestionService(ds), logger, { embedded: true });
    expect(loaded).toBeGreaterThan(0);
    expect(await documents()).toBe(loaded);
    expect(await loadSamplesIfEmpty(ds, new IngestionService(ds), logger, { embedded: true })).toBe(0);
    expect(await documents()).toBe(loaded);
  });
});
