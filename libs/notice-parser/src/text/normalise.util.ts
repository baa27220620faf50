/**
 * Character-level normalisation shared by every step. OCR output mixes full- and half-width
 * punctuation and sprinkles spaces inside words; the readers only ever see one form.
 */

const PUNCTUATION: Record<string, string> = {
  '(': '（',
  ')': '）',
  ':': '：',
  ';': '；',
  ',': '，',
  '﹙': '（',
  '﹚': '）',
};

// Whitespace is noise inside Chinese text (`澳 門 特 別`, `总 理  温家宝`), so it is removed outright.
const WHITESPACE = /[\s\u200b]+/g;
const HALF_WIDTH = /[():;,﹙﹚]/g;
// Full-width digits (U+FF10..U+FF19) read as ASCII digits in dates and document numbers.
const WIDE_DIGIT = /[\uff10-\uff19]/g;
const HAS_WIDE_DIGIT = /[\uff10-\uff19]/;

const NEEDS_WORK = /[\s\u200b():;,﹙﹚\uff10-\uff19]/;

export function normaliseText(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return raw;
  let text = raw.replace(WHITESPACE, '').replace(HALF_WIDTH, (ch) => PUNCTUATION[ch] ?? ch);
  if (HAS_WIDE_DIGIT.test(text)) text = text.replace(WIDE_DIGIT, (ch) => String(ch.charCodeAt(0) - 0xff10));
  return text;
}

/**
 * The characters of `chars` as a lookup table by UTF-16 code. Reading a CJK character with `s[i]`
 * makes a new one-character string each time; the hot loops test `table[s.charCodeAt(i)]` instead.
 */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** True for a CJK unified ideograph code (basic block and extension A). */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

const CLAUSE_END_OR_COMMA = charTable('；。！，');
const CLAUSE_END_COMMA_COLON = charTable('；。！，：');

/** Whether `s` holds a clause end or a comma (and, with `colon`, a colon). */
export function hasClausePunctuation(s: string, colon = false): boolean {
  const table = colon ? CLAUSE_END_COMMA_COLON : CLAUSE_END_OR_COMMA;
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return true;
  return false;
}

export function isClauseEnd(ch: string): boolean {
  return ch === '；' || ch === '。' || ch === '！';
}

/** True for a CJK unified ideograph (basic block and extension A). */
export function isHan(ch: string): boolean {
  return isHanCode(ch.charCodeAt(0));
}

/** Drops a leading enumerator such as `一、`, `1.`, `（二）`, `2、`, `•`. */
export function stripEnumerator(s: string): string {
  let i = 0;
  while (i < s.length && BULLETS[s.charCodeAt(i)] === 1) i++;
  if (s[i] === '（') {
    const close = s.indexOf('）', i);
    if (close > i + 1 && close - i <= 4 && isNumeral(s.slice(i + 1, close))) return s.slice(close + 1);
  }
  let j = i;
  while (j < s.length && j - i < 4 && NUMERAL_CHARS[s.charCodeAt(j)] === 1) j++;
  if (j > i && j < s.length && ENUMERATOR_MARKS[s.charCodeAt(j)] === 1) return s.slice(j + 1);
  return s.slice(i);
}

const BULLETS = charTable('•·-△◎');
const ENUMERATOR_MARKS = charTable('、.．，');
const NUMERAL_CHARS = charTable('0123456789一二三四五六七八九十');

function isNumeral(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (NUMERAL_CHARS[s.charCodeAt(i)] !== 1) return false;
  return s.length > 0;
}
