import { mkdtempSync, rmSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { execFileSync } from 'child_process';
import { DocumentError, ReadDocument, readDocument } from '@renmian/documents';
import { parseNotices } from '@renmian/notice-parser';
import { launchChromium } from '../../support/browser.util';
import { NOTICE_EVENTS, eventF1, printImagePdf, screenshotNoticePng } from '../../support/document-fixtures.util';

/**
 * The OCR path on a notice rendered by Chromium in Noto CJK: a PNG screenshot, and the same
 * screenshot as a scanned PDF (an image-only page). Tesseract must be installed (CI installs it);
 * without it these fail with the packages to install.
 */
let png: Buffer;
let scan: Buffer;
let fromPng: ReadDocument;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'renmian-ocr-test-'));
  const browser = await launchChromium();
  try {
    png = await screenshotNoticePng(browser);
    scan = await printImagePdf(browser, png);
  } finally {
    await browser.close();
  }
  fromPng = await readDocument(png, { name: 'notice.png' });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `work` with PATH holding only the named programs (linked into a fresh directory). */
async function withOnly<T>(programs: string[], work: () => Promise<T>): Promise<T> {
  const bin = mkdtempSync(join(dir, 'bin-'));
  for (const p of programs) symlinkSync(execFileSync('which', [p], { encoding: 'utf8' }).trim(), join(bin, p));
  const before = process.env.PATH;
  process.env.PATH = bin;
  try {
    return await work();
  } finally {
    process.env.PATH = before;
  }
}

describe('readDocument: images and scanned PDF through Tesseract', () => {
  it('reads a PNG screenshot of a notice with event F1 ≥ 0.9', () => {
    expect(fromPng).toMatchObject({ kind: 'image', pageCount: 1, ocr: true });
    expect(fromPng.linePages.every((p) => p === 1)).toBe(true);
    const score = eventF1(NOTICE_EVENTS, parseNotices(fromPng.text));
    if (score.f1 < 0.9) {
      throw new Error(`OCR event F1 ${score.f1.toFixed(3)} < 0.9: missed ${score.missed.join(', ')}; made up ${score.extra.join(', ')}`);
    }
  });

  it('reads a scanned PDF page by OCR, rasterised by pdftoppm', async () => {
    const doc = await readDocument(scan, { name: 'scan.pdf' });
    expect(doc).toMatchObject({ kind: 'pdf', pageCount: 1, ocr: true });
    expect(eventF1(NOTICE_EVENTS, parseNotices(doc.text)).f1).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('refuses a scan with more pages to OCR than allowed, before reading any (TOO_MANY_SCANNED_PAGES, 400)', async () => {
    const e = await readDocument(scan, { name: 'scan.pdf', ocrPageLimit: 0 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocumentError);
    expect((e as DocumentError).code).toBe('TOO_MANY_SCANNED_PAGES');
    expect((e as DocumentError).status).toBe(400);
    expect((e as Error).message).toMatch(/^scan\.pdf: 1 scanned pages to read by OCR, more than the 0 allowed at once: split the PDF/);
  });

  it('says TOOL_MISSING, naming the Debian packages, when tesseract is not installed', async () => {
    const e = await withOnly([], () => readDocument(png, { name: 'notice.png' }).catch((x: unknown) => x));
    expect(e).toBeInstanceOf(DocumentError);
    expect(e).toMatchObject({ code: 'TOOL_MISSING', status: 415 });
    expect((e as Error).message).toBe(
      'notice.png: OCR of scans and images needs the tesseract program, which is not installed here: install the Debian packages tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra (apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra)',
    );
  });

  it('says TOOL_MISSING, naming poppler-utils, when a scanned PDF cannot be rasterised', async () => {
    const e = await withOnly(['tesseract'], () => readDocument(scan, { name: 'scan.pdf' }).catch((x: unknown) => x));
    expect(e).toMatchObject({ code: 'TOOL_MISSING' });
    expect((e as Error).message).toMatch(/^scan\.pdf: .*pdftoppm.*apt-get install poppler-utils/);
  });

  it('says TOOL_MISSING, naming the language package, when the Chinese models are missing', async () => {
    const before = process.env.TESSDATA_PREFIX;
    process.env.TESSDATA_PREFIX = mkdtempSync(join(dir, 'tessdata-'));
    try {
      const e = await readDocument(png, { name: 'notice.png' }).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'TOOL_MISSING' });
      expect((e as Error).message).toMatch(/chi_sim and chi_tra.*apt-get install tesseract-ocr-chi-sim tesseract-ocr-chi-tra/);
    } finally {
      if (before === undefined) delete process.env.TESSDATA_PREFIX;
      else process.env.TESSDATA_PREFIX = before;
    }
  });
});
