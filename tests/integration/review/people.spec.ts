import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { CorrectionsService } from '../../../apps/api/src/corrections/corrections.service';
import { ReviewService } from '../../../apps/api/src/review/review.service';
import { ReviewKind } from '../../../apps/api/src/review/review-item.model';
import { noticeText } from '../../support/notice-text.util';
import { freshDatabase } from '../../support/test-database.util';

// Invented names. The city congress's notice is printed in traditional script.
const GOV = noticeText({
  issuer: '鹤川市人民政府',
  docNumber: '鹤政任〔2024〕1号',
  date: '2024-01-05',
  appoint: [{ person: '吴桐', post: '鹤川市统计局局长' }],
  remove: [{ person: '刘明远', post: '鹤川市水利局局长' }],
});
const CONGRESS_TRADITIONAL = [
  '# 鶴川市人民代表大會常務委員會 關於任命劉明遠職務的通知',
  '鶴人常任〔2024〕1號',
  '經研究決定，任命：',
  '劉明遠為鶴川市人民政府副市長。',
  '鶴川市人民代表大會常務委員會',
  '2024年1月20日',
].join('\n');
const ELSEWHERE = noticeText({ issuer: '云岭县人民政府', docNumber: '云政任〔2024〕2号', date: '2024-01-20', appoint: [{ person: '吴桐', post: '云岭县统计局局长' }] });

describe('people findings on a real PostgreSQL', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let review: ReviewService;

  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    const ingestion = new IngestionService(ds);
    for (const [text, name] of [[GOV, 'gov.txt'], [CONGRESS_TRADITIONAL, 'congress.txt'], [ELSEWHERE, 'elsewhere.txt']]) await ingestion.ingest(text, name);
    review = new ReviewService(ds, new CorrectionsService(ds), () => '2024-02-01');
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  it('links a record to one written in traditional script under another issuer of the place', async () => {
    const [link] = await review.withSources(await review.all(ReviewKind.SAME_PERSON_ACROSS_ISSUERS));
    expect(link.summary).toBe('刘明远：鹤川市人民政府2024年1月5日免去其鹤川市水利局局长职务，15天后鶴川市人民代表大會常務委員會任命其为鶴川市人民政府副市長：可能是同一人，接受即合并为一人。');
    expect(link.sources.map((s) => s.text)).toEqual(['刘明远的鹤川市水利局局长职务', '劉明遠為鶴川市人民政府副市長']);
  });

  it('lists a name appointed under issuers of two places, with no link, as namesakes', async () => {
    const found = await review.all(ReviewKind.NAME_UNDER_TWO_ISSUERS);
    expect(found.map((f) => [f.id, f.evidence])).toEqual([['name-issuers:吴桐', ['云岭县人民政府', '鹤川市人民政府']]]);
  });
});
