/**
 * Dates as gazettes write them: `2023年12月9日`, `二〇二三年十二月九日`, `二00一年十一月六日`
 * (OCR often reads 〇 as 0 or O), `1999.12.20` is left to the header reader.
 */

export interface FoundDate {
  /** yyyy-mm-dd, or null when the text names only a year and month or an impossible day. */
  iso: string | null;
  index: number;
  length: number;
}

const DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 'O': 0, 'o': 0, 'Ｏ': 0, '0': 0,
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

for (let d = 1; d <= 9; d++) DIGIT[String(d)] = d;

function isYearDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT[ch] !== undefined;
}

/** Reads a month or day: `12`, `十二`, `二十八`, `三十一`, `九`. Returns NaN when unreadable. */
export function readSmallNumber(s: string): number {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (s.length === 0 || s.length > 3) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && DIGIT[s] !== undefined ? DIGIT[s] : NaN;
  const tens = ten === 0 ? 1 : DIGIT[s[0]];
  const ones = ten === s.length - 1 ? 0 : DIGIT[s[ten + 1]];
  if (tens === undefined || ones === undefined || (ten > 1)) return NaN;
  return tens * 10 + ones;
}

function readYear(s: string): number {
  let y = 0;
  for (const ch of s) y = y * 10 + DIGIT[ch];
  return y;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `d` is a day of month `m` of year `y` (no Date object: this runs for every date line). */
function isDay(y: number, m: number, d: number): boolean {
  // As Date.UTC reads them, years 0..99 are 1900..1999.
  const year = y >= 0 && y < 100 ? 1900 + y : y;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

function iso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  if (!isDay(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Finds the first `YYYY年M月D日` (Arabic or Chinese numerals) in `s` at or after `from`.
 * Scans for 年 with indexOf rather than a regex so that a 1 MB line costs one pass.
 */
export function findDate(s: string, from = 0): FoundDate | null {
  let at = s.indexOf('年', from);
  while (at >= 0) {
    const found = dateAround(s, at);
    if (found) return found;
    at = s.indexOf('年', at + 1);
  }
  return null;
}

/**
 * `中華民國一百一十三年`, `民國113年`: a year of the Republic's era, as Taiwan's gazettes write it
 * (year 1 is 1912). The era name must stand before the number: a bare `113年` is no year.
 */
const ERA_YEAR = /(?:中华民国|中華民國|民国|民國)(\d{1,3}|[〇零一二三四五六七八九十百]{1,6})$/;
const ERA_START = 1911;

/** `一百一十三` → 113, `三十八` → 38, `一一三` → 113, `113` → 113; NaN when unreadable. */
function readCount(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十') && !s.includes('百')) return readYear(s);
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === '百' || ch === '十') {
      total += (digit < 0 ? 1 : digit) * (ch === '百' ? 100 : 10);
      digit = -1;
    } else if (DIGIT[ch] !== undefined) digit = DIGIT[ch];
    else return NaN;
  }
  return total + Math.max(0, digit);
}

function eraYear(s: string, yearEnd: number): { year: number; start: number } | null {
  const m = ERA_YEAR.exec(s.slice(Math.max(0, yearEnd - 10), yearEnd));
  if (!m) return null;
  const n = readCount(m[1]);
  if (!(n >= 1 && n < 200)) return null;
  return { year: ERA_START + n, start: yearEnd - m[0].length };
}

function dateAround(s: string, yearEnd: number): FoundDate | null {
  const yearText = yearEnd < 4 ? '' : s.slice(yearEnd - 4, yearEnd);
  let plain = yearText.length === 4;
  for (let i = 0; plain && i < 4; i++) plain = isYearDigit(yearText[i]);
  const era = plain ? null : eraYear(s, yearEnd);
  if (!plain && era === null) return null;
  const month = s.indexOf('月', yearEnd + 1);
  if (month < 0 || month - yearEnd > 3) return null;
  const m = readSmallNumber(s.slice(yearEnd + 1, month));
  if (Number.isNaN(m)) return null;
  const start = era === null ? yearEnd - 4 : era.start;
  const day = s.indexOf('日', month + 1);
  const y = era === null ? readYear(yearText) : era.year;
  if (day < 0 || day - month > 4) return { iso: null, index: start, length: month + 1 - start };
  const d = readSmallNumber(s.slice(month + 1, day));
  if (Number.isNaN(d)) return { iso: null, index: start, length: month + 1 - start };
  return { iso: iso(y, m, d), index: start, length: day + 1 - start };
}

/** `3月12日电` — a news dateline without a year; the year comes from elsewhere in the text. */
export function findDateline(s: string): { month: number; day: number } | null {
  const at = s.indexOf('日电');
  if (at < 0) return null;
  const month = s.lastIndexOf('月', at);
  if (month < 0 || at - month > 3) return null;
  let start = month;
  while (start > 0 && month - start < 2 && /\d/.test(s[start - 1])) start--;
  const m = Number(s.slice(start, month));
  const d = Number(s.slice(month + 1, at));
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return { month: m, day: d };
}

export function isoFromParts(y: number, m: number, d: number): string | null {
  return iso(y, m, d);
}
