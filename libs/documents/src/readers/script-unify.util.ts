// opencc-js ships ESM types beside its CommonJS build; this project compiles to CommonJS, so the
// CommonJS builds are required and given the one signature used here.
type Convert = (text: string) => string;
type OpenCC = { Converter(options: { from: string; to: string }): Convert };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const toSimplifiedLib: OpenCC = require('opencc-js/t2cn');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const toTraditionalLib: OpenCC = require('opencc-js/cn2t');

let converters: { toSimplified: Convert; toTraditional: Convert } | null = null;

/**
 * OCR text in one script. With both Chinese models loaded, Tesseract picks a script word by word,
 * so a simplified page comes back with stray traditional characters (`陶知遠為青禾縣`): the same
 * person or post would then be stored under two spellings. A page is written in one script; where
 * its distinct simplified-only characters outnumber its traditional-only ones, the strays are
 * converted to simplified (OpenCC, traditional → mainland). A traditional page is left as read: going the other
 * way is one-to-many and would guess.
 */
export function unifyScript(text: string): string {
  converters ??= { toSimplified: toSimplifiedLib.Converter({ from: 't', to: 'cn' }), toTraditional: toTraditionalLib.Converter({ from: 'cn', to: 't' }) };
  const { toSimplified, toTraditional } = converters;
  const distinct = [...new Set(text.match(/\p{Script=Han}/gu) ?? [])];
  let traditional = 0;
  let simplified = 0;
  for (const c of distinct) {
    if (toSimplified(c) !== c) traditional++;
    else if (toTraditional(c) !== c) simplified++;
  }
  return traditional > 0 && simplified > traditional ? toSimplified(text) : text;
}
