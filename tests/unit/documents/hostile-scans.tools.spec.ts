import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DocumentError, readDocument } from '@renmian/documents';
import { DEFAULT_READ_LIMITS } from '../../../libs/documents/src/document.types';
import { imageSize } from '../../../libs/documents/src/image-size.util';
import { rasterDpi, rasterisePage } from '../../../libs/documents/src/tools/pdftoppm.tool';
import { recogniseImage } from '../../../libs/documents/src/tools/tesseract.tool';
import { pngHeader, scannedPagePdf } from '../../support/hostile-documents.util';

jest.setTimeout(120_000);

/**
 * Scans that used to hold pdftoppm and Tesseract at 5 GB for up to a minute (a blank page of
 * 5,000–10,000 pt), and broken images: rasterised within a pixel budget, the programs under a time
 * and an address-space limit, every refusal a Chinese sentence with the programs' words kept for
 * the log. Needs poppler-utils and tesseract-ocr with chi-sim and chi-tra (`npm run test:tools`).
 */
describe('scans within bounds (pdftoppm, Tesseract)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renmian-scan-'));
  const run = { name: 'scan.pdf', limits: DEFAULT_READ_LIMITS };

  it.each([
    [5000, 49],
    [10_000, 24],
  ])('rasterises a blank %i pt page at %i dpi, within the pixel budget, and reads it in seconds', async (pt, dpi) => {
    const pdf = join(dir, `blank-${pt}.pdf`);
    writeFileSync(pdf, scannedPagePdf(pt, pt));
    expect(rasterDpi({ width: pt, height: pt }, DEFAULT_READ_LIMITS.rasterPixels)).toBe(dpi);
    const png = await rasterisePage(pdf, 1, dpi, dir, run);
    const size = imageSize(readFileSync(png))!;
    expect(size.width * size.height).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.rasterPixels);
    const t0 = Date.now();
    const e = await readDocument(readFileSync(pdf), { name: 'blank.pdf' }).catch((x: unknown) => x);
    // A blank page: OCR finds nothing, and says so, instead of holding gigabytes for a minute.
    expect(e).toMatchObject({ code: 'EMPTY' });
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('kills a program that passes its time limit: TOO_LARGE, in Chinese', async () => {
    const pdf = join(dir, 'a4.pdf');
    writeFileSync(pdf, scannedPagePdf(595, 842));
    const png = await rasterisePage(pdf, 1, 300, dir, run);
    const e = await recogniseImage(png, { name: 'slow.png', limits: { ...DEFAULT_READ_LIMITS, toolMs: 1 } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocumentError);
    expect(e).toMatchObject({ code: 'TOO_LARGE', detail: expect.stringMatching(/^tesseract killed after 1 ms/) });
    expect((e as DocumentError).zh).toContain('超时');
  });

  it('holds a program to its address-space limit: one that needs more fails, in Chinese, its words for the log', async () => {
    const pdf = join(dir, 'a4-mem.pdf');
    writeFileSync(pdf, scannedPagePdf(595, 842));
    const e = await rasterisePage(pdf, 1, 300, dir, { name: 'tight.pdf', limits: { ...DEFAULT_READ_LIMITS, toolMemoryMb: 8 } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocumentError);
    expect(e).toMatchObject({ code: 'UNREADABLE' });
    expect((e as DocumentError).zh).toMatch(/^扫描图像已损坏或无法识别/);
  });

  it('refuses a PNG whose header is whole but whose pixels are garbage, in Chinese; Tesseract\'s words only in the detail', async () => {
    const e = await readDocument(pngHeader(800, 600), { name: 'garbage.png' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocumentError);
    expect(e).toMatchObject({ code: 'UNREADABLE', detail: expect.stringMatching(/^tesseract: /) });
    expect((e as DocumentError).zh).not.toMatch(/[a-z]{4,}/);
  });
});
