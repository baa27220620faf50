import { findDate, readSmallNumber } from '../text/chinese-date.util';
import { readDateLine } from '../text/line-kind.util';
import type { Line } from './normalise-lines.step';
import type { Piece } from './split-clauses.step';

/**
 * Step 2, second way: notices found from their decisions. Much real input is no notice laid out
 * from title to signature but a crop of a web page, a decision quoted in a news item, or a body
 * whose title was lost. When no framed notice yields anything, the text's sentences are read as
 * running text (read-clauses, prose mode), and this step gathers what a notice's header would have
 * given — document number and date — from the lines around them, or leaves them null.
 */

/**
 * `第64/2025号`, `第三号` standing inside a sentence (`颁布第64/2025号行政命令，任命…`) — not a law the
 * sentence cites as its authority (`根据第2/1999号法律《政府组织纲要法》`).
 */
const CITED_NUMBER = /第[\d一二三四五六七八九十百千零〇○]+(?:\/\d{4})?号(?!法律|法令|行政法规)/;

export interface ProseGroup {
  pieces: Piece[];
  docNumber: string | null;
}

/**
 * One news item is one notice, unless it reports several numbered documents (`第64/2025号行政命令，
 * 任命…；…第65/2025号行政命令，任命…`): then each number starts the notice of what follows it.
 */
export function groupByDocument(pieces: Piece[]): ProseGroup[] {
  const groups: ProseGroup[] = [{ pieces: [], docNumber: null }];
  for (const piece of pieces) {
    const number = CITED_NUMBER.exec(piece.text)?.[0] ?? null;
    const current = groups[groups.length - 1];
    if (number !== null && current.docNumber !== null && number !== current.docNumber) {
      groups.push({ pieces: [piece], docNumber: number });
      continue;
    }
    if (number !== null) current.docNumber = number;
    current.pieces.push(piece);
  }
  return groups;
}

/**
 * The date of running text, only where the text fixes year, month and day: an adoption line
 * (`（…通过）`) or a signing line; else a full date inside a decision sentence; else a full date
 * elsewhere (a page stamp `2021-07-09`, `2013年07月05日 07:21`) that agrees with the item's own
 * dateline (`7月5日讯`, or the month and day the text mentions). A stamp that disagrees with the
 * dateline dates the page, not the decision: null.
 */
export function proseDate(lines: Iterable<Line>, decisionLines: Set<number>): string | null {
  let signing: string | null = null;
  for (const line of lines) {
    if (line.blank || line.raw.indexOf('年') < 0) continue;
    const d = readDateLine(line.text);
    if (d?.kind === 'passed') return d.iso;
    if (d?.kind === 'signing') signing ??= d.iso;
  }
  if (signing) return signing;
  const candidates: { iso: string; inDecision: boolean }[] = [];
  const datelines: string[] = [];
  const mentions: string[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    for (const iso of fullDates(line)) candidates.push({ iso, inDecision: decisionLines.has(line.no) });
    for (const m of monthDays(line.text)) (m.dateline ? datelines : mentions).push(m.md);
  }
  const inDecision = candidates.find((c) => c.inDecision);
  if (inDecision) return inDecision.iso;
  const anchors = datelines.length > 0 ? datelines : mentions;
  if (anchors.length === 0) return candidates[0]?.iso ?? null;
  return candidates.find((c) => anchors.includes(c.iso.slice(5)))?.iso ?? null;
}

/** After a date these make it a term, a range, a birth or the future, not the day of a decision. */
const NOT_THE_DAY = /^(?:[上下中]午)?(?:[起至到生前止]|出生|以来|以后)/;
const BEFORE_NOT_THE_DAY = /(?:将于|将在|[自从由])$/;

function fullDates(line: Line): string[] {
  const out: string[] = [];
  const t = line.text;
  for (let found = findDate(t); found; found = findDate(t, found.index + found.length)) {
    const after = t.slice(found.index + found.length);
    const before = t.slice(Math.max(0, found.index - 2), found.index);
    if (found.iso && !NOT_THE_DAY.test(after) && !BEFORE_NOT_THE_DAY.test(before)) out.push(found.iso);
  }
  const stamp = NUMERIC_DATE.exec(line.raw);
  if (stamp) {
    const iso = `${stamp[1]}-${stamp[2].padStart(2, '0')}-${stamp[3].padStart(2, '0')}`;
    if (isRealDay(iso)) out.push(iso);
  }
  return out;
}

const NUMERIC_DATE = /(?<!\d)((?:19|20)\d{2})[-./](0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])(?!\d)/;

function isRealDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

/** `7月5日讯`, `4月23日电` (a dateline), and other month–day mentions without a year. */
const MONTH_DAY = /([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日(电|讯|消息)?/g;

function monthDays(t: string): { md: string; dateline: boolean }[] {
  if (t.indexOf('月') < 0) return [];
  const out: { md: string; dateline: boolean }[] = [];
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(t); m; m = MONTH_DAY.exec(t)) {
    // `2013年7月5日` is a full date, not a mention.
    if (t[m.index - 1] === '年') continue;
    const month = readSmallNumber(m[1]);
    const day = readSmallNumber(m[2]);
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) continue;
    out.push({ md: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, dateline: m[3] !== undefined });
  }
  return out;
}
