import { join } from 'path';
import { PDFTOPPM, ToolRun, runTool } from './run-tool.util';

/** 300 dpi: what Tesseract is trained for; less loses strokes of small CJK characters. */
export const RASTER_DPI = 300;

/** Below this no character can be read: a page that would need less is refused rather than rasterised. */
const MIN_DPI = 10;

/**
 * The resolution for a page of this size (points) that keeps width × height within `maxPixels`:
 * 300 dpi for A4 (8.7 million pixels), lower for a poster, and for a 10,000 pt page 24 dpi instead
 * of the 1.7 billion pixels 300 dpi would need. Null when even 10 dpi would pass the budget.
 */
export function rasterDpi(size: { width: number; height: number }, maxPixels: number): number | null {
  const squareInches = (Math.abs(size.width) / 72) * (Math.abs(size.height) / 72);
  if (!(squareInches > 0)) return RASTER_DPI;
  const dpi = Math.min(RASTER_DPI, Math.floor(Math.sqrt(maxPixels / squareInches)));
  return dpi >= MIN_DPI ? dpi : null;
}

/** Rasterises one page (1-based) of a PDF to a greyscale PNG in `dir` at `dpi`; returns its path. */
export async function rasterisePage(pdfPath: string, page: number, dpi: number, dir: string, run: ToolRun): Promise<string> {
  const base = join(dir, `page-${page}`);
  await runTool(PDFTOPPM, ['-r', String(dpi), '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, base], run);
  return `${base}.png`;
}
