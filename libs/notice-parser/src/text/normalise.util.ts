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

export function isClauseEnd(ch: string): boolean {
  return ch === '；' || ch === '。' || ch === '！';
}

/** True for a CJK unified ideograph (basic block and extension A). */
export function isHan(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Drops a leading enumerator such as `一、`, `1.`, `（二）`, `2、`, `•`. */
export function stripEnumerator(s: string): string {
  let i = 0;
  while (i < s.length && '•·-△◎'.includes(s[i])) i++;
  if (s[i] === '（') {
    const close = s.indexOf('）', i);
    if (close > i + 1 && close - i <= 4 && isNumeral(s.slice(i + 1, close))) return s.slice(close + 1);
  }
  let j = i;
  while (j < s.length && j - i < 4 && isNumeralChar(s[j])) j++;
  if (j > i && j < s.length && '、.．，'.includes(s[j])) return s.slice(j + 1);
  return s.slice(i);
}

function isNumeral(s: string): boolean {
  for (const ch of s) if (!isNumeralChar(ch)) return false;
  return s.length > 0;
}

function isNumeralChar(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || '一二三四五六七八九十'.includes(ch);
}
