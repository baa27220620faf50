import { createHash } from 'crypto';
import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { NOTICE_NUMBER, NOTICE_PAGES } from '../support/document-fixtures.util';

/** A notice as OCR of a two-page scan reads it, with a line OCR garbled into something unreadable. */
const PAGE_1 = NOTICE_PAGES[0];
const PAGE_2 = [NOTICE_PAGES[1][0], '柏子衿同志挂职任青禾县商务局副局长（挂职时间一年）；', ...NOTICE_PAGES[1].slice(1)];
const TEXT = [...PAGE_1, '— 1 —', '', ...PAGE_2].join('\n');
const LINE_PAGES = [...PAGE_1.map(() => 1), 1, null, ...PAGE_2.map(() => 2)];

describe('GraphQL: what a notice was loaded from', () => {
  let api: ApiServer;

  beforeAll(async () => {
    api = await startApiServer();
    const ds: DataSource = createDataSource({ url: new URL(`/${api.databaseName}`, process.env.RENMIAN_TEST_ADMIN_URL).toString() });
    await ds.initialize();
    try {
      const sha256 = createHash('sha256').update('scan bytes').digest('hex');
      await new IngestionService(ds).ingest(TEXT, 'scan.pdf', { kind: 'pdf', sha256, pageCount: 2, ocr: true, linePages: LINE_PAGES });
    } finally {
      await ds.destroy();
    }
  });
  afterAll(() => api.close());

  it('says the notice came from a two-page PDF read by OCR, and on which page each unread line stands', async () => {
    const r = await api.gql<{ notice: { documentKind: string; pageCount: number; ocr: boolean; unparsedLines: { line: number; page: number }[] } }>(
      'query($n: String!) { notice(docNumber: $n) { documentKind pageCount ocr unparsedLines { line page } } }',
      { n: NOTICE_NUMBER },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.notice).toMatchObject({ documentKind: 'pdf', pageCount: 2, ocr: true });
    expect(r.data!.notice.unparsedLines).toEqual([{ line: PAGE_1.length + 4, page: 2 }]);
  });
});
