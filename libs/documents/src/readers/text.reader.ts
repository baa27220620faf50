import type { ReaderContext, ReaderOutput } from '../document.types';
import { decodeText } from '../text-encoding.util';
import { unixLines } from '../utf8.util';

/** Text in the encoding detectKind found (UTF-8, GBK/GB18030, UTF-16): the BOM goes, lines end in \n. */
export function readText(b: Uint8Array, ctx: ReaderContext): ReaderOutput {
  const encoding = ctx.encoding ?? 'UTF-8';
  const text = unixLines(decodeText(b, encoding));
  return { text, pageCount: null, ocr: false, linePages: unknownPages(text), encoding };
}

/** No page is known for any line. */
export function unknownPages(text: string): null[] {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return new Array<null>(lines).fill(null);
}
