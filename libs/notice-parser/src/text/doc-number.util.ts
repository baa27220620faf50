import { charTable } from './normalise.util';

/** Document numbers as notices print them. */

/** What every document number ends with: a text holding neither holds no number (docNumberIn). */
export const NUMBER_ENDS = '号號';

const NUMERALS = charTable('0123456789一二三四五六七八九十百千零〇○/');

/** `聊政任〔2023〕18号` (OCR may give `[2023]` or `（2023）`), `第三号`, `第1/1999號行政長官公告`. */
export function docNumberIn(t: string): string | null {
  // Every form ends in 号 or 號 (NUMBER_ENDS): most lines are ruled out by one scan.
  if (t.indexOf('号') < 0 && t.indexOf('號') < 0) return null;
  const bracketed = bracketedNumber(t);
  if (bracketed) return bracketed;
  const at = t.indexOf('第');
  if (at < 0) return null;
  let k = at + 1;
  while (k < t.length && NUMERALS[t.charCodeAt(k)] === 1) k++;
  if (k === at + 1 || (t[k] !== '号' && t[k] !== '號')) return null;
  // The number proper: `第1/2024號行政長官公告` is numbered `第1/2024號`; what it numbers is its title.
  return t.slice(at, k + 1);
}

/** `〔2023〕18号` after up to ten ideographs of its issuer's short name (the first such number). */
const BRACKETED_TAIL = /[〔[（【](\d{4})[〕\]）】](\d{1,5})([号號])/g;
const MAX_SHORT_NAME = 10;

function bracketedNumber(t: string): string | null {
  BRACKETED_TAIL.lastIndex = 0;
  // The tail is found first and its name read backwards: a pattern that began with the name would
  // try ten ideographs at every position of the line.
  for (let m = BRACKETED_TAIL.exec(t); m; m = BRACKETED_TAIL.exec(t)) {
    let start = m.index;
    while (start > 0 && m.index - start < MAX_SHORT_NAME && isIdeograph(t.charCodeAt(start - 1))) start--;
    if (start === m.index) continue;
    // Brackets are made uniform (OCR varies them); 号 or 號 is kept as the notice writes it.
    return `${t.slice(start, m.index)}〔${m[1]}〕${m[2]}${m[3]}`;
  }
  return null;
}

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * The number when `t` is a line that holds only it — up to `slack` characters beside it (a page
 * number or brackets near a title; none where a clause might cite a number).
 */
export function standaloneDocNumber(t: string, slack: number): string | null {
  const found = docNumberIn(t);
  return found !== null && t.length <= found.length + slack ? found : null;
}
