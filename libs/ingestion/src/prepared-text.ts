import { ParseResult, parseNotices } from '@renmian/notice-parser';
import { normaliseDocumentText } from './notice-key.util';

/**
 * A text as the ingestion stores it (line endings and BOM normalised) and what the parser read
 * from it. Plain data only, so that it crosses a worker thread's boundary unchanged.
 */
export interface PreparedText {
  normalised: string;
  parsed: ParseResult;
}

/** The one place a text to be loaded is parsed: in this thread, or in a parse worker. */
export function prepareText(text: string): PreparedText {
  const normalised = normaliseDocumentText(text);
  return { normalised, parsed: parseNotices(normalised) };
}
