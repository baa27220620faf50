import { DocumentError } from '../document.error';
import { TESSERACT, ToolRun, runTool, toolMissing } from './run-tool.util';

/** Simplified and traditional Chinese: notices come in both, and the page decides. */
const LANGUAGES = ['chi_sim', 'chi_tra'];
const LANGUAGE_PACKAGE: Record<string, string> = { chi_sim: 'tesseract-ocr-chi-sim', chi_tra: 'tesseract-ocr-chi-tra' };

/**
 * Checks that tesseract and both Chinese models are installed, before any page is rasterised, so
 * that a machine without them says so at once. Asked each time (a few milliseconds beside OCR):
 * an installation made while the service runs is then seen.
 */
export async function checkTesseract(run: ToolRun): Promise<void> {
  const file = run.name;
  const { stdout, stderr } = await runTool(TESSERACT, ['--list-langs'], run);
  const installed = new Set(`${stdout}\n${stderr}`.split('\n').map((l) => l.trim()));
  const missing = LANGUAGES.filter((l) => !installed.has(l));
  if (missing.length > 0) {
    throw toolMissing(
      { ...TESSERACT, packages: missing.map((l) => LANGUAGE_PACKAGE[l]) },
      file,
      `the Tesseract language data ${missing.join(' and ')}`,
    );
  }
}

/**
 * The text of one image, read as one block of lines (page segmentation mode 6). Measured on
 * notices rendered four ways (two fonts, three scales): event F1 0.87–0.96 with mode 6, against
 * 0.13–0.87 with the fully automatic mode 3, which at times took lines for columns and lost most
 * of the page. The price: a two-column page is read across both columns, line by line. A known
 * resolution (pages we rasterised) spares Tesseract guessing it.
 */
export async function recogniseImage(path: string, run: ToolRun, dpi?: number): Promise<string> {
  const args = [path, 'stdout', '-l', LANGUAGES.join('+'), '--psm', '6'];
  if (dpi !== undefined) args.push('--dpi', String(dpi));
  // One thread unless the caller says otherwise: Tesseract's OpenMP threads spin while they wait,
  // and on a busy 2-core machine a dense A4 page took 24.9 s with them and 3.6 s with one.
  const { stdout } = await runTool(TESSERACT, args, run, { OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' });
  if (stdout.includes('\ufffd')) throw new DocumentError('UNREADABLE', run.name, 'OCR gave text that is not UTF-8: check the Tesseract installation');
  // Tesseract ends each page with a form feed and separates blocks with blank lines.
  return stdout
    .replace(/\f/g, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}
