import { extractRawText } from 'mammoth';
import { DocumentError } from '../document.error';
import type { ReaderOutput } from '../document.types';
import { unknownPages } from './text.reader';

/**
 * A Word document's text: mammoth ends each paragraph with a blank line and a soft line break
 * (Shift+Enter) with a newline; here each paragraph is a line, and a soft break still breaks it.
 * Word stores no pages (they are laid out when shown), so no line has a page.
 */
export async function readDocx(b: Uint8Array, name: string): Promise<ReaderOutput> {
  let raw: string;
  try {
    raw = (await extractRawText({ buffer: Buffer.from(b.buffer, b.byteOffset, b.byteLength) })).value;
  } catch (e) {
    throw new DocumentError('UNREADABLE', name, `a damaged Word document (${(e as Error).message}): open it in Word and save it again, or save it as PDF`);
  }
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').trimEnd();
  return { text, pageCount: null, ocr: false, linePages: unknownPages(text) };
}
