import { writeFile } from 'fs/promises';
import { join } from 'path';
import { DocumentError } from '../document.error';
import type { ReaderOutput } from '../document.types';
import { RASTER_DPI, rasterisePage } from '../tools/pdftoppm.tool';
import { checkTesseract, recogniseImage } from '../tools/tesseract.tool';
import { withTempDir } from '../tools/temp-dir.util';
import { joinPages } from './page-join.util';
import { PdfDocument, openPdf, pageRuns, paintsImage } from './pdfjs.util';
import { readingOrder } from './reading-order.util';
import { unifyScript } from './script-unify.util';

/**
 * Fewer visible characters than this on a page that paints an image, and the page is a scan:
 * scanners stamp a page number or a few characters of invisible text on otherwise image-only pages.
 */
const SCAN_TEXT_THRESHOLD = 8;

/**
 * A PDF: the text layer where there is one, its lines rebuilt in reading order; pages that are
 * only an image (a scan) rasterised with pdftoppm and read by Tesseract. Pages are joined with the
 * page furniture the parser already sets aside, and every line knows its page.
 */
export async function readPdf(b: Uint8Array, name: string, ocrPageLimit: number): Promise<ReaderOutput> {
  const doc = await open(b, name);
  try {
    const pages: string[][] = [];
    const scanned: number[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const lines = readingOrder(await pageRuns(doc, p));
      if (visibleChars(lines) < SCAN_TEXT_THRESHOLD && (await paintsImage(doc, p))) scanned.push(p);
      pages.push(lines);
    }
    if (scanned.length > ocrPageLimit) {
      throw new DocumentError(
        'TOO_MANY_SCANNED_PAGES',
        name,
        `${scanned.length} scanned pages to read by OCR, more than the ${ocrPageLimit} allowed at once: split the PDF, or load the pages holding the notices`,
      );
    }
    if (scanned.length > 0) await recognisePages(b, scanned, pages, name);
    const { text, linePages } = joinPages(pages);
    return { text, pageCount: doc.numPages, ocr: scanned.length > 0, linePages };
  } finally {
    await doc.destroy();
  }
}

async function open(b: Uint8Array, name: string): Promise<PdfDocument> {
  try {
    return await openPdf(b);
  } catch (e) {
    const err = e as Error;
    if (err.name === 'PasswordException') {
      throw new DocumentError('ENCRYPTED', name, 'the PDF is protected by a password: save or print it again without the password, or ask the sender for an unprotected copy');
    }
    throw new DocumentError('UNREADABLE', name, `a damaged PDF (${err.message}): check that it opens in a PDF viewer, then print it to PDF again`);
  }
}

/** Replaces the (near-empty) text of each scanned page with what Tesseract reads on it. */
async function recognisePages(b: Uint8Array, scanned: number[], pages: string[][], name: string): Promise<void> {
  await checkTesseract(name);
  await withTempDir(async (dir) => {
    const pdfPath = join(dir, 'document.pdf');
    await writeFile(pdfPath, b);
    for (const p of scanned) {
      const png = await rasterisePage(pdfPath, p, dir, name);
      const text = unifyScript(await recogniseImage(png, name, RASTER_DPI));
      pages[p - 1] = text.length > 0 ? text.split('\n') : [];
    }
  });
}

function visibleChars(lines: string[]): number {
  return lines.reduce((n, l) => n + l.replace(/\s/g, '').length, 0);
}
