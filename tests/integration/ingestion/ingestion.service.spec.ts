import { readFileSync } from 'fs';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestInputError, IngestionService, prepareText, refreshTenures } from '@renmian/ingestion';
import { generateGazette } from '../../../bench/gazette.generator';
import { noticeText } from '../../support/notice-text.util';
import { freshDatabase } from '../../support/test-database.util';
import { withService } from '../../support/ingestion.util';

// The bundled samples that `npm start` loads into an empty database.
const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'docs', 'samples', name), 'utf8');
const MARCH = fixture('qinghe-2024-03.txt');
const JUNE = fixture('qinghe-2024-06.txt');

/** Two connections to one fresh database, as two processes loading at the same moment would have. */
async function withTwoConnections<T>(work: (a: DataSource, b: DataSource) => Promise<T>): Promise<T> {
  const db = await freshDatabase();
  const a = createDataSource({ url: db.url });
  const b = createDataSource({ url: db.url });
  await Promise.all([a.initialize(), b.initialize()]);
  try {
    return await work(a, b);
  } finally {
    await Promise.all([a.destroy(), b.destroy()]);
    await db.drop();
  }
}

/** Everything the database says about tenures, in a form that does not depend on row ids. */
async function tenureFacts(ds: DataSource): Promise<string[]> {
  const rows: { name: string; post: string; valid: string; end_reason: string | null; end_inferred: boolean; probation_end: string | null }[] =
    await ds.query(`SELECT p.name, po.name AS post, t.valid::text AS valid, t.end_reason, t.end_inferred, t.probation_end::text AS probation_end
                      FROM tenures t JOIN people p ON p.id = t.person_id JOIN posts po ON po.id = t.post_id
                     WHERE t.superseded_at IS NULL`);
  return rows.map((r) => `${r.name}|${r.post}|${r.valid}|${r.end_reason}|${r.end_inferred}|${r.probation_end}`).sort();
}

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['documents', 'notices', 'people', 'organizations', 'posts', 'events', 'tenures', 'unparsed_lines']) {
    out[t] = Number((await ds.query(`SELECT count(*) AS n FROM ${t}`))[0].n);
  }
  return out;
}

describe('IngestionService on a real PostgreSQL', () => {
  it('stores notices, events and derived tenures, and reports what it did', async () => {
    await withService(async (service, ds) => {
      const report = await service.ingest(MARCH, 'qinghe-2024-03.txt');
      expect(report).toMatchObject({ loaded: true, notices: 1, events: 5, unparsedLines: 0 });
      expect(await tenureFacts(ds)).toEqual([
        '李红|青禾市财政局副局长|[2024-03-09,)|null|false|null',
        '刘德明|青禾市财政局局长|(,2024-03-09)|REMOVED|false|null',
        '王建国|青禾市财政局副局长|[2024-03-09,)|null|false|null',
        '张晓明|青禾市财政局局长|[2024-03-09,)|null|false|2025-03-08',
        '陈静|青禾市审计局局长|(,2024-03-09)|AUTO_REMOVED|false|null',
      ].sort());
    });
  });

  it('keeps each notice as printed: its own lines of the document, nothing before or after', async () => {
    await withService(async (service, ds) => {
      await service.ingest(MARCH, 'qinghe-2024-03.txt');
      const [n]: { body: string; start_line: number; end_line: number }[] = await ds.query('SELECT body, start_line, end_line FROM notices');
      const lines = MARCH.replace(/\r\n?/g, '\n').split('\n');
      expect(n.body).toBe(lines.slice(n.start_line - 1, n.end_line).join('\n'));
      expect(n.body.split('\n')).toHaveLength(n.end_line - n.start_line + 1);
      const sources: { source_line: number; source_text: string }[] = await ds.query('SELECT source_line, source_text FROM events');
      for (const e of sources) expect(n.body.split('\n')[e.source_line - n.start_line]).toContain(e.source_text.slice(0, 2));
    });
  });

  it('changes nothing when the same text is loaded again', async () => {
    await withService(async (service, ds) => {
      await service.ingest(MARCH, 'a.txt');
      const before = await counts(ds);
      const again = await service.ingest(MARCH.replace(/\n/g, '\r\n'), 'b.txt');
      expect(again.loaded).toBe(false);
      expect(await counts(ds)).toEqual(before);
    });
  });

  it('infers the end of a single seat and gives the same tenures in either loading order', async () => {
    const inOrder = await withService(async (service, ds) => {
      await service.ingest(MARCH, null);
      await service.ingest(JUNE, null);
      return tenureFacts(ds);
    });
    const reversed = await withService(async (service, ds) => {
      await service.ingest(JUNE, null);
      await service.ingest(MARCH, null);
      return tenureFacts(ds);
    });
    expect(reversed).toEqual(inOrder);
    // Superseded before his probation (to 2025-03-08) ended: there is no probation end to report.
    expect(inOrder).toContain('张晓明|青禾市财政局局长|[2024-03-09,2024-06-20)|SUPERSEDED|true|null');
    expect(inOrder).toContain('李红|青禾市财政局副局长|[2024-03-09,2024-06-20)|REMOVED|false|null');
    expect(inOrder).toContain('陈静|青禾市统计局局长|[2024-06-20,)|null|false|null');
  });

  it('derives in memory exactly what a re-derivation from the stored events gives, and makes each event its own lineage', async () => {
    await withService(async (service, ds) => {
      await service.ingest(MARCH, null);
      await service.ingest(JUNE, null);
      const posts: { id: string }[] = await ds.query('SELECT id::text FROM posts');
      // refreshTenures reads every believed event back: a post whose tenures differ would be rewritten.
      expect(await ds.transaction((m) => refreshTenures(m, posts.map((p) => p.id)))).toBe(0);
      expect(await ds.query('SELECT count(*)::int AS n FROM events WHERE lineage_id <> id')).toEqual([{ n: 0 }]);
    });
  });

  it('loads the same file from two connections at once exactly as once', async () => {
    await withTwoConnections(async (a, b) => {
      const reports = await Promise.all([new IngestionService(a).ingest(MARCH, 'a'), new IngestionService(b).ingest(MARCH, 'b')]);
      expect(reports.map((r) => r.loaded).sort()).toEqual([false, true]);
      expect(await counts(a)).toMatchObject({ documents: 1, notices: 1, people: 5, events: 5, tenures: 5 });
    });
  });

  it('loads two files that share people and posts at once without deadlock or duplicates', async () => {
    const serial = await withService(async (service, ds) => {
      await service.ingest(MARCH, null);
      await service.ingest(JUNE, null);
      return tenureFacts(ds);
    });
    await withTwoConnections(async (a, b) => {
      await Promise.all([new IngestionService(a).ingest(JUNE, null), new IngestionService(b).ingest(MARCH, null)]);
      expect(await tenureFacts(a)).toEqual(serial);
    });
  });

  it('writes a long text in many batches exactly as in one, and derives what the stored events give', async () => {
    const text = generateGazette({ seed: 5, targetBytes: 150_000 }).text;
    const once = await withService(async (service, ds) => {
      const report = await service.ingestPrepared(prepareText(text), 'gazette.txt');
      return { report, facts: await tenureFacts(ds), counts: await counts(ds) };
    });
    expect(once.report.notices).toBeGreaterThan(20);
    await withService(async (_service, ds) => {
      const report = await new IngestionService(ds, { batchNotices: 4 }).ingest(text, 'gazette.txt');
      expect(report).toEqual(once.report);
      expect(await tenureFacts(ds)).toEqual(once.facts);
      expect(await counts(ds)).toEqual(once.counts);
      const posts: { id: string }[] = await ds.query('SELECT id::text FROM posts');
      expect(await ds.transaction((m) => refreshTenures(m, posts.map((p) => p.id)))).toBe(0);
    });
  });

  it('loads two long texts naming the same posts at once, in many batches, as one after the other', async () => {
    const [first, second] = [6, 7].map((seed) => generateGazette({ seed, targetBytes: 150_000 }).text);
    const serial = await withService(async (service, ds) => {
      await service.ingest(first, null);
      await service.ingest(second, null);
      return tenureFacts(ds);
    });
    await withTwoConnections(async (a, b) => {
      await Promise.all([new IngestionService(a, { batchNotices: 3 }).ingest(second, null), new IngestionService(b, { batchNotices: 5 }).ingest(first, null)]);
      expect(await tenureFacts(a)).toEqual(serial);
    });
  });

  it('starts a tenure, and its probation, on the day the notice names rather than its signing date', async () => {
    await withService(async (service, ds) => {
      const text = noticeText({
        issuer: '青禾市人民政府',
        docNumber: '青政任〔2024〕5号',
        date: '2024-02-20',
        appoint: [{ person: '王一', post: '青禾市统计局局长', probation: '一年' }],
      }).replace('（试用期一年）；', '（试用期一年），自2024年3月1日起执行；');
      await service.ingest(text, 'effective.txt');
      const [event]: { effective_on: string }[] = await ds.query('SELECT effective_on::text FROM events');
      expect(event.effective_on).toBe('2024-03-01');
      expect(await tenureFacts(ds)).toEqual(['王一|青禾市统计局局长|[2024-03-01,)|null|false|2025-02-28']);
    });
  });

  it('refuses a text with no notice and writes nothing', async () => {
    await withService(async (service, ds) => {
      await expect(service.ingest('青禾市今日天气晴。\n', 'weather.txt')).rejects.toThrow(IngestInputError);
      expect(await counts(ds)).toMatchObject({ documents: 0, notices: 0, events: 0 });
    });
  });

  it('leaves nothing of a refused text in a caller\'s transaction that goes on and commits', async () => {
    await withService(async (service, ds) => {
      await ds.transaction(async (m) => {
        await expect(service.ingestIn(m, '青禾市今日天气晴。\n', 'weather.txt')).rejects.toThrow(IngestInputError);
        await service.ingestIn(m, MARCH, 'march.txt');
      });
      expect(await counts(ds)).toMatchObject({ documents: 1, notices: 1, events: 5 });
    });
  });

  it('writes nothing at all when the transaction fails part-way', async () => {
    await withService(async (service, ds) => {
      await ds.query(`ALTER TABLE unparsed_lines ADD CONSTRAINT fail_always CHECK (false)`);
      const broken = MARCH.replace('李红、王建国为青禾市财政局副局长；', '李红、王建国为青禾市财政局副局长；\n此处文字模糊无法辨认；');
      await expect(service.ingest(broken, 'broken.txt')).rejects.toThrow(/fail_always/);
      expect(await counts(ds)).toMatchObject({ documents: 0, notices: 0, people: 0, events: 0, tenures: 0 });
    });
  });
});
