import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { CorrectionsService } from '../../../apps/api/src/corrections/corrections.service';
import { ReviewService } from '../../../apps/api/src/review/review.service';
import { ReviewKind } from '../../../apps/api/src/review/review-item.model';
import { noticeText } from '../../support/notice-text.util';
import { freshDatabase } from '../../support/test-database.util';

// Invented names. 试用期一年 from 2024-01-10: the last day of probation is 2025-01-09.
const APPOINTED = noticeText({
  issuer: '鹤川市人民政府',
  docNumber: '鹤政任〔2024〕1号',
  date: '2024-01-10',
  appoint: [
    { person: '孙立', post: '鹤川市财政局副局长', probation: '一年' },
    { person: '钱多', post: '鹤川市商务局副局长', probation: '一年' },
  ],
});

const CONFIRMED = [
  '# 鹤川市人民政府 关于孙立同志正式任职的通知',
  '鹤政任〔2025〕2号',
  '各县（市、区）人民政府，市政府各部门：',
  '孙立同志试用期满，经考核合格，正式任命为鹤川市财政局副局长。',
  '鹤川市人民政府',
  '2025年1月15日',
].join('\n');

const REMOVED = noticeText({ issuer: '鹤川市人民政府', docNumber: '鹤政任〔2025〕3号', date: '2025-01-20', remove: [{ person: '钱多', post: '鹤川市商务局副局长' }] });

describe('PROBATION_ENDED_UNCONFIRMED with a clock the test sets', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let today = '2025-02-08';
  const overdue = async () => {
    const review = new ReviewService(ds, new CorrectionsService(ds), () => today);
    return (await review.all(ReviewKind.PROBATION_ENDED_UNCONFIRMED)).map((i) => i.summary);
  };

  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    await new IngestionService(ds).ingest(APPOINTED, 'appointed.txt');
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  it('says nothing in the 30 days after the last day of probation', async () => {
    today = '2025-02-08';
    expect(await overdue()).toEqual([]);
  });

  it('reminds on the 31st day, for each person still holding the post', async () => {
    today = '2025-02-09';
    const found = await overdue();
    expect(found).toHaveLength(2);
    expect(found.find((s) => s.startsWith('孙立'))).toBe(
      '孙立任鹤川市财政局副局长的试用期已于2025年1月9日届满（已过31天），仍在任，尚无试用期满正式任职或免职的通知：请核实是否已作决定，并载入相应通知。',
    );
  });

  it('is settled by a 试用期满 notice, or by a removal', async () => {
    const ingestion = new IngestionService(ds);
    await ingestion.ingest(CONFIRMED, 'confirmed.txt');
    expect((await overdue()).map((s) => s.slice(0, 2))).toEqual(['钱多']);
    await ingestion.ingest(REMOVED, 'removed.txt');
    expect(await overdue()).toEqual([]);
  });
});
