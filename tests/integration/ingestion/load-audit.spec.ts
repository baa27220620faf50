import { createHash } from 'crypto';
import { DataSource } from 'typeorm';
import { IngestDocument, IngestInputError, LoadAuthor } from '@renmian/ingestion';
import { normaliseDocumentText } from '@renmian/ingestion/notice-key.util';
import { withService } from '../../support/ingestion.util';
import { noticeText } from '../../support/notice-text.util';

// Invented names throughout.
const ISSUER = '青禾市人民政府';
const TEXT = [
  noticeText({ issuer: ISSUER, docNumber: '青政任〔2024〕201号', date: '2024-04-01', appoint: [{ person: '钱一舟', post: '青禾市统计局局长' }, { person: '孙二禾', post: '青禾市统计局副局长' }] }),
  noticeText({ issuer: ISSUER, docNumber: '青政任〔2024〕202号', date: '2024-04-02', appoint: [{ person: '李三川', post: '青禾市水务局局长' }] }),
].join('\n\n');
const BY: LoadAuthor = { door: 'cli', actor: 'cli:clerk' };

function sha(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

interface Entry {
  actor: string;
  door: string;
  action: string;
  reason: string;
  after: Record<string, unknown>;
}

async function entries(ds: DataSource): Promise<Entry[]> {
  return ds.query('SELECT actor, door, action, reason, after FROM audit_log ORDER BY id');
}

async function count(ds: DataSource, table: string): Promise<number> {
  return Number((await ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
}

describe('every load writes one audit entry, in its own transaction', () => {
  it('names who loaded what: the door, the actor, the document’s hashes and kind, the notices and events written', async () => {
    await withService(async (service, ds) => {
      const report = await service.ingest(TEXT, 'gazette.txt', null, BY);
      const [entry] = await entries(ds);
      expect(report.auditId).toMatch(/^\d+$/);
      const [{ id: documentId }] = await ds.query('SELECT id::text FROM documents');
      expect(entry).toEqual({
        actor: 'cli:clerk',
        door: 'cli',
        action: 'loadNotices',
        reason: '经命令行载入文件“gazette.txt”',
        after: {
          door: 'cli',
          loaded: true,
          nothingNew: false,
          filename: 'gazette.txt',
          document: { id: documentId, textSha256: sha(normaliseDocumentText(TEXT)), kind: 'text', sha256: null, pageCount: null, ocr: false },
          notices: [
            { key: '青政任〔2024〕201号', docNumber: '青政任〔2024〕201号', issuer: ISSUER },
            { key: '青政任〔2024〕202号', docNumber: '青政任〔2024〕202号', issuer: ISSUER },
          ],
          noticesAlreadyKnown: 0,
          events: 3,
          unparsedLines: 0,
        },
      });
      expect(await count(ds, 'events')).toBe(3);
    });
  });

  it('records a repeat load as nothing new, naming the document already stored (the same bytes under another name too)', async () => {
    await withService(async (service, ds) => {
      const file: IngestDocument = { kind: 'docx', sha256: sha('the Word bytes'), pageCount: null, ocr: false, linePages: normaliseDocumentText(TEXT).split('\n').map(() => null) };
      await service.ingest(TEXT, 'gazette.docx', file, BY);
      const again = await service.ingest(TEXT, 'copy of gazette.docx', file, { door: 'graphql', actor: 'office-key' });
      expect(again.loaded).toBe(false);
      const [first, second] = await entries(ds);
      expect(second).toMatchObject({
        actor: 'office-key',
        door: 'graphql',
        reason: '经GraphQL 接口载入文件“copy of gazette.docx”：此前已载入，没有新内容',
        after: { loaded: false, nothingNew: true, notices: [], events: 0, document: first.after.document },
      });
      expect(first.after.document).toMatchObject({ kind: 'docx', sha256: file.sha256 });
      expect(await count(ds, 'documents')).toBe(1);
    });
  });

  it('records a new document whose notices were all known already as nothing new', async () => {
    await withService(async (service, ds) => {
      await service.ingest(TEXT, 'a.txt', null, BY);
      const report = await service.ingest(`${TEXT}\n\n（转载）`, 'b.txt', null, BY);
      expect(report).toMatchObject({ loaded: true, notices: 0, noticesAlreadyKnown: 2 });
      expect((await entries(ds))[1].after).toMatchObject({ loaded: true, nothingNew: true, notices: [], noticesAlreadyKnown: 2, events: 0 });
    });
  });

  it('leaves no entry when the load is refused or rolled back by its caller', async () => {
    await withService(async (service, ds) => {
      await expect(service.ingest('青禾市今日天气晴。\n', 'prose.txt', null, BY)).rejects.toBeInstanceOf(IngestInputError);
      await expect(
        ds.transaction(async (m) => {
          await service.ingestIn(m, TEXT, 'gazette.txt', null, { door: 'desk', actor: 'desk-key' });
          expect(await m.query('SELECT count(*)::int AS n FROM audit_log')).toEqual([{ n: 1 }]);
          throw new Error('the caller fails after the load');
        }),
      ).rejects.toThrow('the caller fails after the load');
      expect(await entries(ds)).toEqual([]);
      expect(await count(ds, 'documents')).toBe(0);
    });
  });

  it('rolls the load back when its entry cannot be written', async () => {
    await withService(async (service, ds) => {
      // The audit log refusing every row, as a full disk or a revoked grant would.
      await ds.query(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
      await ds.query('CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()');
      await expect(service.ingest(TEXT, 'gazette.txt', null, BY)).rejects.toThrow('audit log unavailable');
      for (const table of ['documents', 'notices', 'events', 'tenures', 'people', 'posts']) expect([table, await count(ds, table)]).toEqual([table, 0]);
    });
  });
});
