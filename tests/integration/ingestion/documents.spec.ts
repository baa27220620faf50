import { createHash } from 'crypto';
import { DataSource } from 'typeorm';
import { IngestDocument } from '@renmian/ingestion';
import { NOTICE_PAGES } from '../../support/document-fixtures.util';
import { withService } from '../../support/ingestion.util';

/**
 * The notice as a two-page PDF reads (libs/documents): page 1, its number, a blank line, page 2.
 * Built by hand here: this suite is about what is stored, the readers have their own.
 */
const TEXT = [...NOTICE_PAGES[0], '— 1 —', '', ...NOTICE_PAGES[1]].join('\n');
const PAGES = [...NOTICE_PAGES[0].map(() => 1), 1, null, ...NOTICE_PAGES[1].map(() => 2)];
const PDF: IngestDocument = { kind: 'pdf', sha256: sha('the PDF bytes'), pageCount: 2, ocr: false, linePages: PAGES };

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['documents', 'notices', 'people', 'posts', 'events', 'tenures', 'unparsed_lines']) {
    out[t] = Number((await ds.query(`SELECT count(*) AS n FROM ${t}`))[0].n);
  }
  return out;
}

describe('IngestionService: documents with their kind, pages and OCR', () => {
  it('keeps the document’s kind, bytes’ sha256, pages, OCR flag and text, and each event’s page', async () => {
    await withService(async (service, ds) => {
      const report = await service.ingest(TEXT, 'notice.pdf', PDF);
      expect(report).toMatchObject({ loaded: true, notices: 1, events: 12 });
      const [doc] = await ds.query('SELECT kind, sha256, page_count, ocr, text, filename FROM documents');
      expect(doc).toEqual({ kind: 'pdf', sha256: PDF.sha256, page_count: 2, ocr: false, text: TEXT, filename: 'notice.pdf' });
      const pages: { person_text: string; source_line: number; source_page: number }[] = await ds.query(
        'SELECT person_text, source_line, source_page FROM events ORDER BY ordinal',
      );
      // The clause broken across the page break is cited on page 1, where it begins.
      expect(pages.find((e) => e.person_text === '陶知远')).toMatchObject({ source_page: 1 });
      expect(pages.find((e) => e.person_text === '何清和')).toMatchObject({ source_page: 2 });
      for (const e of pages) expect(e.source_page).toBe(PAGES[e.source_line - 1]);
    });
  });

  it('adds nothing when the same file is loaded again, under any name', async () => {
    await withService(async (service, ds) => {
      await service.ingest(TEXT, 'notice.pdf', PDF);
      const before = await counts(ds);
      const again = await service.ingest(TEXT, 'copy of notice.pdf', PDF);
      expect(again.loaded).toBe(false);
      expect(again.warnings).toEqual(['this file was loaded before: nothing changed']);
      expect(await counts(ds)).toEqual(before);
    });
  });

  it('adds nothing for other bytes that read as the same text (a re-saved copy), as for text before', async () => {
    await withService(async (service, ds) => {
      await service.ingest(TEXT, 'notice.pdf', PDF);
      const before = await counts(ds);
      const resaved = await service.ingest(TEXT, 'resaved.pdf', { ...PDF, sha256: sha('other bytes') });
      expect(resaved.loaded).toBe(false);
      expect(await counts(ds)).toEqual(before);
    });
  });

  it('keeps the OCR flag and the page of an unread line', async () => {
    await withService(async (service, ds) => {
      const text = [...NOTICE_PAGES[0].slice(0, 5), '柏子衿同志挂职任青禾县商务局副局长（挂职时间一年）；', ...NOTICE_PAGES[1].slice(1)].join('\n');
      const linePages = text.split('\n').map(() => 1);
      await service.ingest(text, 'scan.png', { kind: 'image', sha256: sha('scan'), pageCount: 1, ocr: true, linePages });
      expect(await ds.query('SELECT kind, page_count, ocr FROM documents')).toEqual([{ kind: 'image', page_count: 1, ocr: true }]);
      const unread: { page: number }[] = await ds.query('SELECT page FROM unparsed_lines');
      expect(unread.length).toBeGreaterThan(0);
      expect(unread.every((u) => u.page === 1)).toBe(true);
    });
  });

  it('stores text loaded without a document as UTF-8 text, as before', async () => {
    await withService(async (service, ds) => {
      await service.ingest(TEXT, 'notice.txt');
      expect(await ds.query('SELECT kind, sha256, page_count, ocr FROM documents')).toEqual([{ kind: 'text', sha256: null, page_count: null, ocr: false }]);
      expect(await ds.query('SELECT DISTINCT source_page FROM events')).toEqual([{ source_page: null }]);
    });
  });

  it('refuses pages that do not match the text’s lines, writing nothing', async () => {
    await withService(async (service, ds) => {
      await expect(service.ingest(TEXT, 'notice.pdf', { ...PDF, linePages: [1, 2] })).rejects.toThrow(/linePages has 2 entries for a text of \d+ lines/);
      expect((await counts(ds)).documents).toBe(0);
    });
  });
});
