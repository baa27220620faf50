import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService, knownNotices } from '@renmian/ingestion';
import { noticeTextHash } from '@renmian/ingestion/notice-key.util';
import { parseNotices } from '@renmian/notice-parser';
import { noticeText } from '../../support/notice-text.util';
import { freshDatabase } from '../../support/test-database.util';

/**
 * knownNotices answers, in one query, which notices are stored already under the identity the
 * ingestion uses (issuer and number; without a number, the text), and whether they were retracted:
 * the ingestion's warnings for skipped notices and the desk preview's standings both rest on it.
 */
const ISSUER = '青禾市人民政府';
const numbered = (docNumber: string, person: string) => noticeText({ issuer: ISSUER, docNumber, date: '2024-03-01', appoint: [{ person, post: '青禾市统计局局长' }] });
// No document number: such a notice is known by its text.
const unnumbered = (person: string) => numbered('', person).replace(/\n\n\n/, '\n\n');

function read(text: string) {
  const notices = parseNotices(text).notices;
  const lines = text.split('\n');
  return { notices, hashes: notices.map((n) => noticeTextHash(lines, n.source.startLine, n.source.endLine)) };
}

describe('knownNotices on a real PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await freshDatabase();
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    const service = new IngestionService(ds);
    await service.ingest(numbered('青政任〔2024〕1号', '钱一'), 'a.txt');
    await service.ingest(numbered('青政任〔2024〕2号', '孙二'), 'b.txt');
    await service.ingest(unnumbered('李三'), 'c.txt');
    await ds.query(`UPDATE notices SET retracted_at = '2024-05-01T00:00:00Z', retraction_reason = '误发' WHERE doc_number = '青政任〔2024〕2号'`);
  });

  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('tells, notice by notice and in order, which are new, known and retracted', async () => {
    const texts = [numbered('青政任〔2024〕9号', '周四'), numbered('青政任〔2024〕2号', '孙二'), unnumbered('李三'), numbered('青政任〔2024〕1号', '钱一'), unnumbered('吴五')];
    const parts = texts.map(read);
    expect(parts.every((p) => p.notices.length === 1)).toBe(true);
    expect(parts[2].notices[0].docNumber).toBeNull();
    const known = await knownNotices(ds, parts.flatMap((p) => p.notices), parts.flatMap((p) => p.hashes));
    expect(known.map((k) => (k === null ? 'new' : k.retractedAt ? `retracted: ${k.retractionReason}` : 'known'))).toEqual(['new', 'retracted: 误发', 'known', 'known', 'new']);
  });

  it('warns of each notice a load skips, saying which were retracted', async () => {
    const text = [numbered('青政任〔2024〕1号', '钱一'), numbered('青政任〔2024〕2号', '孙二'), numbered('青政任〔2024〕3号', '郑六')].join('\n\n');
    const report = await new IngestionService(ds).ingest(text, 'again.txt');
    expect(report).toMatchObject({ notices: 1, noticesAlreadyKnown: 2 });
    expect(report.warnings).toEqual([
      '青政任〔2024〕1号 is already known from another document: skipped',
      '青政任〔2024〕2号 was retracted on 2024-05-01T00:00:00.000Z (误发) and stays retracted: skipped',
    ]);
  });
});
