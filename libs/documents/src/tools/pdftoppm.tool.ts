import { join } from 'path';
import { PDFTOPPM, runTool } from './run-tool.util';

/** 300 dpi: what Tesseract is trained for; less loses strokes of small CJK characters. */
export const RASTER_DPI = 300;

/** Rasterises one page (1-based) of a PDF to a greyscale PNG in `dir`; returns its path. */
export async function rasterisePage(pdfPath: string, page: number, dir: string, file: string): Promise<string> {
  const base = join(dir, `page-${page}`);
  await runTool(PDFTOPPM, ['-r', String(RASTER_DPI), '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, base], file);
  return `${base}.png`;
}
