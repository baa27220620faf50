import type { ReaderOutput } from '../document.types';
import { hasUtf8Bom, unixLines } from '../utf8.util';

/** UTF-8 text as it comes (detectKind has checked it is valid UTF-8): the BOM goes, lines end in \n. */
export function readText(b: Uint8Array): ReaderOutput {
  const text = unixLines(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8', hasUtf8Bom(b) ? 3 : 0));
  return { text, pageCount: null, ocr: false, linePages: unknownPages(text) };
}

/** No page is known for any line. */
export function unknownPages(text: string): null[] {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return new Array<null>(lines).fill(null);
}
