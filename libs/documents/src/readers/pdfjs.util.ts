import { dirname, join } from 'path';
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };
import { importEsm } from '../esm-import.util';
import { unifyRadicals } from './cjk-radicals.util';
import type { TextRun } from './reading-order.util';

export type PdfDocument = Pdfjs.PDFDocumentProxy;

let pdfjs: Promise<typeof Pdfjs> | null = null;

/** pdfjs-dist's legacy build (the one for Node), loaded once. */
export function loadPdfjs(): Promise<typeof Pdfjs> {
  pdfjs ??= importEsm<typeof Pdfjs>('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** The installed package's data folders, as paths with a trailing slash (pdfjs appends file names). */
function dataDir(name: string): string {
  return join(dirname(require.resolve('pdfjs-dist/package.json')), name) + '/';
}

/**
 * Opens a PDF with nothing fetched from anywhere: character maps (needed for CJK fonts), the
 * standard fonts and the image decoders come from the installed package's folders, read as files;
 * no system fonts are looked up and no code is generated with eval. The bytes are copied: pdfjs
 * takes ownership of (detaches) the buffer it is given.
 */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const { getDocument } = await loadPdfjs();
  return getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataDir('standard_fonts'),
    wasmUrl: dataDir('wasm'),
    iccUrl: dataDir('iccs'),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
}

/** The positioned text runs of a page, in the page's display space (y downwards, rotation applied). */
export async function pageRuns(doc: PdfDocument, pageNumber: number): Promise<TextRun[]> {
  const page = await doc.getPage(pageNumber);
  try {
    const [a, b, c, d, e, f] = page.getViewport({ scale: 1 }).transform;
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.length === 0) continue;
      const [, , tc, td, tx, ty] = item.transform as number[];
      runs.push({
        str: unifyRadicals(item.str),
        x: a * tx + c * ty + e,
        y: b * tx + d * ty + f,
        width: item.width * Math.hypot(a, b),
        size: Math.hypot(tc, td) * Math.hypot(a, b),
      });
    }
    return runs;
  } finally {
    page.cleanup();
  }
}

/** The page's size in points as shown (rotation applied): what pdftoppm's resolution multiplies. */
export async function pageSize(doc: PdfDocument, pageNumber: number): Promise<{ width: number; height: number }> {
  const page = await doc.getPage(pageNumber);
  try {
    const { width, height } = page.getViewport({ scale: 1 });
    return { width, height };
  } finally {
    page.cleanup();
  }
}

/** Whether the page paints an image: a page with no text but an image is a scan. */
export async function paintsImage(doc: PdfDocument, pageNumber: number): Promise<boolean> {
  const { OPS } = await loadPdfjs();
  const page = await doc.getPage(pageNumber);
  try {
    const ops = await page.getOperatorList();
    const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
    return ops.fnArray.some((fn) => images.has(fn));
  } finally {
    page.cleanup();
  }
}
