import { charTable } from './normalise.util';

/** Document numbers as notices print them. */

const NUMERALS = charTable('0123456789一二三四五六七八九十百千零〇○/');

/** `聊政任〔2023〕18号` (OCR may give `[2023]` or `（2023）`), `第三号`, `第1/1999號行政長官公告`. */
export function docNumberIn(t: string): string | null {
  // Every form ends in 号 or 號: most lines are ruled out by one scan.
  if (t.indexOf('号') < 0 && t.indexOf('號') < 0) return null;
  const bracketed = /([\u4e00-\u9fff]{1,10})[〔[（【](\d{4})[〕\]）】](\d{1,5})([号號])/.exec(t);
  // Brackets are made uniform (OCR varies them); 号 or 號 is kept as the notice writes it.
  if (bracketed) return `${bracketed[1]}〔${bracketed[2]}〕${bracketed[3]}${bracketed[4]}`;
  const at = t.indexOf('第');
  if (at < 0) return null;
  let k = at + 1;
  while (k < t.length && NUMERALS[t.charCodeAt(k)] === 1) k++;
  if (k === at + 1 || (t[k] !== '号' && t[k] !== '號')) return null;
  // A line that is only the number (and what it numbers) is the number as cited.
  if (at === 0 && t.length <= 20) return t.replace(/。$/, '');
  return t.slice(at, k + 1);
}

/**
 * The number when `t` is a line that holds only it — up to `slack` characters beside it (a page
 * number or brackets near a title; none where a clause might cite a number).
 */
export function standaloneDocNumber(t: string, slack: number): string | null {
  const found = docNumberIn(t);
  return found !== null && t.length <= found.length + slack ? found : null;
}
