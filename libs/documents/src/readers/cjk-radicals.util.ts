import { RADICAL_PAIRS } from './cjk-radicals.table';

let table: Map<string, string> | null = null;

/**
 * Radical code points back to the ideographs they stand for in a PDF's text layer. Producers that
 * derive ToUnicode from a font's cmap name a glyph shared by 青 and ⻘ by the lower code point, the
 * radical; so do many Chinese PDFs. Kangxi radicals (U+2F00–U+2FDF) fold by NFKC; the CJK Radicals
 * Supplement has no such decomposition and is looked up in a table made from the font (see
 * cjk-radicals.table.ts).
 */
export function unifyRadicals(s: string): string {
  if (!/[\u2e80-\u2fdf]/.test(s)) return s;
  table ??= pairs();
  return s.replace(/[\u2e80-\u2fdf]/g, (c) => (c >= '\u2f00' ? c.normalize('NFKC') : (table!.get(c) ?? c)));
}

function pairs(): Map<string, string> {
  const chars = [...RADICAL_PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  return map;
}
