import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import type { Browser } from 'playwright-core';
import { readDocument } from '@renmian/documents';
import { parseNotices } from '@renmian/notice-parser';
import { launchChromium } from '../tests/support/browser.util';
import { NOTICE_EVENTS, eventF1, printImagePdf, screenshotNoticePng } from '../tests/support/document-fixtures.util';
import { generateGazette } from './gazette.generator';
import { scoreParse } from './gold-score.util';

/**
 * `npm run -s bench:documents`: the figures for reading documents.
 *  1. Seconds to extract a 100-page PDF with a text layer: a synthetic gazette (invented names)
 *     printed by headless Chromium, 100 A4 pages, read by readDocument (pdfjs-dist); the events the
 *     parser then finds, scored against the generator's gold beside the same text parsed directly.
 *  2. Seconds per OCR'd page: three dense gazette pages rasterised to images and printed back as an
 *     image-only (scanned) PDF, read by readDocument (pdftoppm at 300 dpi, then Tesseract).
 *  3. Event F1 of the OCR path on its fixture: the notice screenshot the tests use, and the same
 *     screenshot as a scanned PDF.
 * The last line is machine-read: RESULT pdf100_s=<n> ocr_s_per_page=<n> ocr_f1_png=<n> ocr_f1_scan=<n>
 * Needs Debian's chromium, fonts-noto-cjk, tesseract-ocr(-chi-sim, -chi-tra) and poppler-utils.
 */

const PAGES = 100;
const LINES_PER_PAGE = 44;
const CHARS_PER_LINE = 40;
const SEED = 20261201;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'renmian-bench-documents-'));
  const browser = await launchChromium();
  try {
    const pdf100 = await textLayerPdf(browser);
    const scanned = await scannedPages(browser, pdf100.bytes, 3, dir);
    const ocr = await ocrFixture(browser);
    console.log(`RESULT pdf100_s=${pdf100.seconds.toFixed(2)} ocr_s_per_page=${scanned.toFixed(2)} ocr_f1_png=${ocr.png.toFixed(3)} ocr_f1_scan=${ocr.scan.toFixed(3)}`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A gazette of exactly PAGES A4 pages: each page a block of short lines that fits it, then a page break. */
async function textLayerPdf(browser: Browser): Promise<{ bytes: Buffer; seconds: number }> {
  const gazette = generateGazette({ seed: SEED, targetBytes: PAGES * LINES_PER_PAGE * CHARS_PER_LINE * 3 });
  // Printed lines are short, as on a gazette page: long lines are cut at CHARS_PER_LINE (the parser
  // joins clauses across line breaks).
  const lines = gazette.text.split('\n').flatMap((l) => (l.length === 0 ? [] : (l.match(new RegExp(`.{1,${CHARS_PER_LINE}}`, 'gu')) ?? [])));
  const pages = Array.from({ length: PAGES }, (_, p) => lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE));
  const printedText = pages.flat().join('\n');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.45; margin: 0; }
    section { break-after: page; } p { margin: 0; white-space: nowrap; }
  </style></head><body>${pages.map((ls) => `<section>${ls.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</section>`).join('')}</body></html>`;
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const bytes = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '18mm', right: '18mm' } });
  await page.close();
  const t = performance.now();
  const doc = await readDocument(bytes, { name: 'gazette-100.pdf' });
  const seconds = (performance.now() - t) / 1000;
  // The notices wholly on the printed pages are the gold for both parses.
  const printedNotices = gazette.notices.filter((n) => printedText.includes(n.docNumber));
  const fromPdf = scoreParse(printedNotices, parseNotices(doc.text));
  const fromText = scoreParse(printedNotices, parseNotices(printedText));
  console.log(`text-layer PDF: ${doc.pageCount} pages, ${(bytes.length / 1024).toFixed(0)} KB, read in ${seconds.toFixed(2)} s (${((seconds * 1000) / PAGES).toFixed(1)} ms a page)`);
  console.log(`  events: F1 ${fromPdf.f1.toFixed(3)} from the PDF, ${fromText.f1.toFixed(3)} from the same lines as text (gold: ${printedNotices.length} notices)`);
  return { bytes, seconds };
}

/** The first `n` pages rasterised (150 dpi, as an office scanner's default) and printed back as images only. */
async function scannedPages(browser: Browser, pdf: Buffer, n: number, dir: string): Promise<number> {
  const src = join(dir, 'gazette.pdf');
  writeFileSync(src, pdf);
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-f', '1', '-l', String(n), src, join(dir, 'scan')]);
  const images = readdirSync(dir).filter((f) => f.startsWith('scan') && f.endsWith('.png')).sort();
  const scans = await Promise.all(images.map((f) => printImagePdf(browser, readFileSync(join(dir, f)))));
  // One PDF of n image-only pages: join the single-page PDFs with poppler's pdfunite.
  const parts = scans.map((b, i) => {
    const p = join(dir, `scan-page-${i}.pdf`);
    writeFileSync(p, b);
    return p;
  });
  const joined = join(dir, 'scanned.pdf');
  execFileSync('pdfunite', [...parts, joined]);
  const t = performance.now();
  const doc = await readDocument(readFileSync(joined), { name: 'scanned.pdf' });
  const seconds = (performance.now() - t) / 1000;
  const perPage = seconds / (doc.pageCount ?? n);
  console.log(`scanned PDF: ${doc.pageCount} dense A4 pages by OCR in ${seconds.toFixed(1)} s: ${perPage.toFixed(2)} s a page (${doc.text.replace(/\s/g, '').length} characters read)`);
  return perPage;
}

/** The OCR path's event F1 on the tests' fixture: the notice screenshot, and it as a scanned PDF. */
async function ocrFixture(browser: Browser): Promise<{ png: number; scan: number }> {
  const png = await screenshotNoticePng(browser);
  const scan = await printImagePdf(browser, png);
  let t = performance.now();
  const fromPng = await readDocument(png, { name: 'notice.png' });
  const pngSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const fromScan = await readDocument(scan, { name: 'notice-scan.pdf' });
  const scanSeconds = (performance.now() - t) / 1000;
  const a = eventF1(NOTICE_EVENTS, parseNotices(fromPng.text));
  const b = eventF1(NOTICE_EVENTS, parseNotices(fromScan.text));
  console.log(`OCR fixture (${NOTICE_EVENTS.length} events): PNG F1 ${a.f1.toFixed(3)} in ${pngSeconds.toFixed(1)} s${a.missed.length ? ` (missed ${a.missed.join(', ')})` : ''}`);
  console.log(`  as a scanned PDF: F1 ${b.f1.toFixed(3)} in ${scanSeconds.toFixed(1)} s${b.missed.length ? ` (missed ${b.missed.join(', ')})` : ''}`);
  return { png: a.f1, scan: b.f1 };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
