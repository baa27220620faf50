/**
 * Character-level normalisation shared by every step. OCR output mixes full- and half-width
 * punctuation and sprinkles spaces inside words; the readers only ever see one form.
 */

/**
 * What becomes of each character code: kept (0), dropped, or replaced by another code. Whitespace is
 * noise inside Chinese text (`澳 門 特 別`, `总 理  温家宝`), so it is dropped outright (every `\s`
 * character and U+200B); half-width and small-form punctuation becomes full-width; full-width
 * digits (U+FF10..U+FF19) read as ASCII digits in dates and document numbers.
 */
const DROP = 0xffff;
const ACTIONS = buildActions();

function buildActions(): Uint16Array {
  const actions = new Uint16Array(0x10000);
  const whitespace = '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff\u200b';
  for (let i = 0; i < whitespace.length; i++) actions[whitespace.charCodeAt(i)] = DROP;
  // A table's bars (`| 外交部部长 | 陈某 |`) set cells apart as spaces do.
  actions['|'.charCodeAt(0)] = DROP;
  actions['｜'.charCodeAt(0)] = DROP;
  for (let c = 0x2000; c <= 0x200a; c++) actions[c] = DROP;
  const punctuation: [string, string][] = [['(', '（'], [')', '）'], [':', '：'], [';', '；'], [',', '，'], ['!', '！'], ['﹙', '（'], ['﹚', '）']];
  for (const [from, to] of punctuation) actions[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let c = 0xff10; c <= 0xff19; c++) actions[c] = 0x30 + (c - 0xff10);
  return actions;
}

/** One pass: the raw string itself when nothing changes, else its untouched runs joined around the changes. */
export function normaliseText(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const action = ACTIONS[raw.charCodeAt(i)];
    if (action === 0) continue;
    if (i > from) out += raw.slice(from, i);
    if (action !== DROP) out += String.fromCharCode(action);
    from = i + 1;
  }
  return from === 0 ? raw : from === raw.length ? out : out + raw.slice(from);
}

/**
 * Letters Hong Kong writes after a name (`張某博士, SBS, JP`): honours, justice of the peace, senior
 * counsel. They are the name's decorations, neither name nor post; dropped with the comma before each.
 */
const POST_NOMINALS = /，(?:GBM|GBS|SBS|BBS|MH|JP|PDSM|PMSM|IDSM|CMSM|MBE|OBE|CBE|SC|QC)(?![A-Za-z])/g;

// One scan of the line for the comma and capital every post-nominal starts with.
const POST_NOMINAL_HINT = /，[A-Z]/;

export function dropPostNominals(text: string): string {
  return POST_NOMINAL_HINT.test(text) ? text.replace(POST_NOMINALS, '') : text;
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
