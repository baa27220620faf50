// opencc-js ships ESM types beside its CommonJS build; this project compiles to CommonJS, so the
// CommonJS build is required and given the one signature used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: { Converter(options: { from: 't'; to: 'cn' }): (text: string) => string } = require('opencc-js/t2cn');

/**
 * The readers match on one script: traditional and variant characters (`爲`, `於`, `終審法院`) are
 * folded to simplified ones, and pinyin that mirror sites inject after a character (`經(jīng)濟`) is
 * dropped. What the parser outputs keeps the text's own characters: every folded character remembers
 * where it stood in the unfolded text, so a name or post read on the folded text is cut back out of
 * the original (`unfold`).
 *
 * The character pairs come from OpenCC (opencc-js, the traditional → mainland preset), not from a
 * table of our own: once, on first use, every BMP ideograph is converted alone and the pairs that stay
 * one character are kept in a lookup array. Folding is then one array read per character.
 */
let table: Uint16Array | null = null;

export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const ranges: [number, number][] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ];
  for (const [from, to] of ranges) {
    // One string per range: the converter's cost is per call, not per character.
    let chars = '';
    for (let c = from; c <= to; c++) chars += String.fromCharCode(c);
    const out = convert(chars);
    // Phrase rules may change lengths; then fall back to one character at a time.
    const sameLength = out.length === chars.length;
    for (let i = 0; i < chars.length; i++) {
      const folded = sameLength ? out[i] : convert(chars[i]);
      if (folded.length === 1 && folded !== chars[i]) t[from + i] = folded.charCodeAt(0);
    }
  }
  table = t;
  return t;
}

/** A text folded to simplified script, and for each folded character its index in the source. */
export interface FoldedText {
  text: string;
  /** `origin[i]` is where folded character i stood in the source; null when nothing changed place. */
  origin: number[] | null;
}

// Pinyin injected after a character: `經(jīng)`, `發（fā）`. Lower-case Latin with tone marks only.
// Also a link's or an advert's words a mirror site injects in square brackets (`[注册公司流程]`): a
// notice writes its own numbers in 〔〕 or [2024], never words, so a bracket of ideographs alone is the page's.
const PINYIN = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[）)]|\[[\u3400-\u9fff]{2,14}\]/gu;
const HAS_INJECTED = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]|\[[\u3400-\u9fff]/u;

/** Whether a line may hold pinyin injected after a character (then it is folded). */
export function mayHoldPinyin(source: string): boolean {
  return HAS_INJECTED.test(source);
}

export function foldScript(source: string): FoldedText {
  const t = foldTable();
  let text = source;
  let origin: number[] | null = null;
  // Most lines hold no bracket at all: skip the pinyin pattern without running it.
  if ((source.indexOf('（') >= 0 || source.indexOf('(') >= 0 || source.indexOf('[') >= 0) && HAS_INJECTED.test(source)) ({ text, origin } = dropPinyin(source));
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const to = t[text.charCodeAt(i)];
    if (to === 0) continue;
    out ??= text.split('');
    out[i] = String.fromCharCode(to);
  }
  return { text: out ? out.join('') : text, origin };
}

function dropPinyin(source: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let from = 0;
  PINYIN.lastIndex = 0;
  for (let m = PINYIN.exec(source); m; m = PINYIN.exec(source)) {
    // Only right after an ideograph: `（女）` never matches, `（a）` in an enumerator keeps its letter.
    const before = source.charCodeAt(m.index - 1);
    if (m[0][0] !== '[' && !(before >= 0x3400 && before <= 0x9fff)) continue;
    for (let i = from; i < m.index; i++) origin.push(i);
    text += source.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < source.length; i++) origin.push(i);
  text += source.slice(from);
  return from === 0 ? { text: source, origin: null } : { text, origin };
}

/** Folds one character (for lexicon lookups that see characters one at a time). */
export function foldChar(ch: string): string {
  const to = foldTable()[ch.charCodeAt(0)];
  return to === 0 ? ch : String.fromCharCode(to);
}

/**
 * The source text of a string read on the folded text: each run of `s` that occurs in `folded` is
 * replaced by the source characters it was folded from, less any pinyin a web page injected inside
 * it (`書(shū)記` is the notice's `書記`: the pinyin is the page's, not the notice's). Longest runs first, so that a post assembled from two places of the clause (an
 * inherited organisation and a title) comes back piece by piece.
 */
export function unfold(s: string, folded: string, source: string, origin: number[] | null): string {
  if (folded === source || s.length === 0) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    let best = -1;
    let bestLen = 0;
    for (let len = s.length - i; len > 0 && bestLen === 0; len--) {
      const at = folded.indexOf(s.slice(i, i + len));
      if (at >= 0) {
        best = at;
        bestLen = len;
      }
    }
    if (bestLen === 0) {
      out += s[i];
      i++;
      continue;
    }
    const start = origin ? origin[best] : best;
    const end = origin ? (origin[best + bestLen] ?? source.length) : best + bestLen;
    out += withoutPinyin(source.slice(start, end));
    i += bestLen;
  }
  return out;
}

/** `s` without the pinyin injected after its ideographs. */
export function withoutPinyin(s: string): string {
  if (!HAS_INJECTED.test(s)) return s;
  const dropped = dropPinyin(s);
  return dropped.origin === null ? s : dropped.text;
}
