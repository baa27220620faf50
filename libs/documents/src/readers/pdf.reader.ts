import { writeFile } from 'fs/promises';
import { join } from 'path';
import { DocumentError } from '../document.error';
import type { ReaderContext, ReaderOutput } from '../document.types';
import { pageTooLarge, tooManyPages, tooMuchText, zipBomb } from '../limit-errors.util';
import { StreamBudgetExceeded, checkPdfStreams } from '../pdf-streams.util';
import { rasterDpi, rasterisePage } from '../tools/pdftoppm.tool';
import { checkTesseract, recogniseImage } from '../tools/tesseract.tool';
import { withTempDir } from '../tools/temp-dir.util';
import { joinPages } from './page-join.util';
import { PdfDocument, openPdf, pageRuns, pageSize, paintsImage } from './pdfjs.util';
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
 *
 * Bounded before the pages are walked: every zlib stream inflated once under a budget, and the
 * page count (from the page tree's /Count, known at open) checked against the limit. Whatever
 * pdfjs throws on a damaged file (a page tree that points at itself among them) is UNREADABLE.
 */
export async function readPdf(b: Uint8Array, ctx: ReaderContext): Promise<ReaderOutput> {
  checkStreams(b, ctx);
  ctx.progress();
  const doc = await open(b, ctx.name);
  try {
    if (doc.numPages > ctx.limits.pages) throw tooManyPages(ctx.name, doc.numPages, ctx.limits.pages);
    const { pages, scanned } = await readTextLayer(doc, ctx);
    if (scanned.length > ctx.limits.ocrPages) {
      throw new DocumentError(
        'TOO_MANY_SCANNED_PAGES',
        ctx.name,
        `${scanned.length} scanned pages to read by OCR, more than the ${ctx.limits.ocrPages} allowed at once: split the PDF, or load the pages holding the notices`,
      );
    }
    if (scanned.length > 0) await recognisePages(doc, b, scanned, pages, ctx);
    const { text, linePages } = joinPages(pages);
    return { text, pageCount: doc.numPages, ocr: scanned.length > 0, linePages };
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw damaged(ctx.name, (e as Error)?.message ?? String(e));
  } finally {
    await doc.destroy();
  }
}

async function readTextLayer(doc: PdfDocument, ctx: ReaderContext): Promise<{ pages: string[][]; scanned: number[] }> {
  const pages: string[][] = [];
  const scanned: number[] = [];
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const lines = readingOrder(await pageRuns(doc, p));
    if (visibleChars(lines) < SCAN_TEXT_THRESHOLD && (await paintsImage(doc, p))) scanned.push(p);
    chars += lines.reduce((n, l) => n + l.length + 1, 0);
    if (chars > ctx.limits.textChars) throw tooMuchText(ctx.name, ctx.limits.textChars);
    pages.push(lines);
    ctx.progress();
  }
  return { pages, scanned };
}

function checkStreams(b: Uint8Array, ctx: ReaderContext): void {
  try {
    checkPdfStreams(b, ctx.limits.pdfStreamBytes, ctx.limits.pdfTotalBytes);
  } catch (e) {
    if (e instanceof StreamBudgetExceeded) throw zipBomb(ctx.name, 'PDF', `stream at byte ${e.offset}`, e.budget);
    throw e;
  }
}

async function open(b: Uint8Array, name: string): Promise<PdfDocument> {
  try {
    return await openPdf(b);
  } catch (e) {
    const err = e as Error;
    if (err?.name === 'PasswordException') {
      throw new DocumentError('ENCRYPTED', name, 'the PDF is protected by a password: save or print it again without the password, or ask the sender for an unprotected copy');
    }
    throw damaged(name, err?.message ?? String(e));
  }
}

function damaged(name: string, detail: string): DocumentError {
  return new DocumentError('UNREADABLE', name, 'a damaged PDF: check that it opens in a PDF viewer, then print it to PDF again', {
    zh: 'PDF 文件已损坏，无法读取：请确认它能在 PDF 阅读器中打开，再“打印”为新的 PDF 后上传',
    detail,
  });
}

/** Replaces the (near-empty) text of each scanned page with what Tesseract reads on it. */
async function recognisePages(doc: PdfDocument, b: Uint8Array, scanned: number[], pages: string[][], ctx: ReaderContext): Promise<void> {
  await checkTesseract(ctx);
  await withTempDir(async (dir) => {
    const pdfPath = join(dir, 'document.pdf');
    await writeFile(pdfPath, b);
    for (const p of scanned) {
      const size = await pageSize(doc, p);
      const dpi = rasterDpi(size, ctx.limits.rasterPixels);
      if (dpi === null) throw pageTooLarge(ctx.name, p, size);
      const png = await rasterisePage(pdfPath, p, dpi, dir, ctx);
      const text = unifyScript(await recogniseImage(png, ctx, dpi));
      pages[p - 1] = text.length > 0 ? text.split('\n') : [];
      ctx.progress();
    }
  });
}

function visibleChars(lines: string[]): number {
  return lines.reduce((n, l) => n + l.replace(/\s/g, '').length, 0);
}
