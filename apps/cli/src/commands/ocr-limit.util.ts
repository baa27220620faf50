import { UsageError } from './usage.error';

/**
 * How many scanned pages one file may send through OCR from the command line: `RENMIAN_OCR_MAX_PAGES`
 * when set (a batch job may allow a long scan), else the library's default.
 */
export function ocrPageLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.RENMIAN_OCR_MAX_PAGES;
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^\d{1,5}$/.test(raw.trim())) throw new UsageError(`RENMIAN_OCR_MAX_PAGES must be a whole number of pages, not “${raw}”`);
  return Number(raw.trim());
}
