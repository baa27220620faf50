import { FoundDate, findDate, findDateline, isoFromParts } from '../text/chinese-date.util';
import { NUMBER_ENDS, docNumberIn, standaloneDocNumber } from '../text/doc-number.util';
import { readDateLine } from '../text/line-kind.util';
import { isIssuerLine } from '../lexicon/title.lexicon';
import type { NoticeSpan } from './find-notices.step';
import { type Lines, rawCharTable } from './normalise-lines.step';
import { unfoldSpans } from './split-clauses.step';

/** Step 3: a notice's issuer, title, document number and signing date. */
export interface NoticeHeader {
  issuer: string | null;
  title: string | null;
  docNumber: string | null;
  date: string | null;
  /** Index of the notice's first line: its title, or the issuer's line above it. */
  firstLine: number;
}

/** How far after the title, and before it, a document number is looked for. */
const DOC_NUMBER_LINES_AFTER = 4;
const DOC_NUMBER_LINES_BEFORE = 4;

export function readHeader(lines: Lines, span: NoticeSpan): NoticeHeader {
  const { issuer, title } = readTitle(span);
  // Read on folded text (script-fold.util); given back in the notice's own script.
  const folded = foldedAround(lines, span);
  const back = (s: string | null) => (s === null || !folded ? s : unfoldAround(lines, span, s));
  const above = issuer === null ? issuerLineAbove(lines, span) : -1;
  return {
    issuer: back(issuer ?? (above >= 0 ? lines.at(above).text : null)),
    title: back(title),
    docNumber: back(findDocNumber(lines, span)),
    date: findSigningDate(lines, span),
    firstLine: above >= 0 ? above : span.titleStart,
  };
}

/** How far around the title the header's fields may stand. */
const HEADER_REACH = 6;

function reach(span: NoticeSpan): { from: number; to: number } {
  return { from: Math.max(span.floor, span.titleStart - HEADER_REACH), to: Math.min(span.end, span.titleEnd + HEADER_REACH + 1) };
}

/** Whether any line the header may be read from was folded (then fields are unfolded). */
function foldedAround(lines: Lines, span: NoticeSpan): boolean {
  const { from, to } = reach(span);
  for (let k = from; k < to; k++) if (lines.isFolded(k)) return true;
  return false;
}

function unfoldAround(lines: Lines, span: NoticeSpan, s: string): string {
  const { from, to } = reach(span);
  const around = lines.slice(from, to);
  return unfoldSpans(
    s,
    around.map((line) => line.text).join(''),
    around.map((line) => ({ line, from: 0, to: line.text.length })),
  );
}

/** The index of `青禾市人民政府` on its own line above `关于任免…的通知`, or -1. */
function issuerLineAbove(lines: Lines, span: NoticeSpan): number {
  for (let k = span.titleStart - 1; k >= span.floor && k >= span.titleStart - 3; k--) {
    const t = lines.at(k).text;
    if (t.length === 0) continue;
    return isIssuerLine(t) ? k : -1;
  }
  return -1;
}

function readTitle(span: NoticeSpan): { issuer: string | null; title: string | null } {
  if (span.kind === 'untitled') return { issuer: null, title: null };
  const words = span.rawTitle.split(/\s+/).filter((w) => w.length > 0);
  if (span.kind === 'order') {
    // `中华人民共和国主席令（第十二号）`: the title ends at 令; the number is read separately.
    const word = words.find((w) => w.includes('令')) ?? span.title;
    const order = word.slice(0, word.indexOf('令') + 1);
    return { issuer: shortIssuer(order.slice(0, -1)), title: order };
  }
  // `聊城市人民政府 关于任免…的通知`: a space separates issuer and title.
  const aboutWord = words.findIndex((w, k) => k > 0 && /^(?:关于|關於|关於|關于)/.test(w));
  if (aboutWord > 0) {
    return { issuer: words.slice(0, aboutWord).join(''), title: words.slice(aboutWord).join('') };
  }
  const about = span.title.search(/关于|關於|关於|關于/);
  if (about > 0) return { issuer: span.title.slice(0, about), title: span.title };
  if (span.kind === 'list') {
    const body = span.title.replace(/(?:任命|免职|任免|免職)名[单單]$|人事任免$/, '');
    return { issuer: body.length > 0 ? expandCongress(body) : null, title: span.title };
  }
  return { issuer: headlineIssuer(span.title), title: span.title };
}

/** `国务院任免国家工作人员`: a headline that begins with its issuer. */
function headlineIssuer(title: string): string | null {
  const at = title.search(/任免|任命/);
  const prefix = at > 0 ? title.slice(0, at) : '';
  return prefix === '国务院' || prefix === '國務院' || isIssuerLine(prefix) ? prefix : null;
}

/** `莆田市人大常委会` is the usual short form of `莆田市人民代表大会常务委员会`. */
function expandCongress(s: string): string {
  return s.replace('人大常委会', '人民代表大会常务委员会');
}

/** `中华人民共和国国务院` is cited as `国务院`; a news prefix (`新华网北京4月26日电`) is not the issuer. */
function shortIssuer(s: string): string {
  const afterDateline = s.lastIndexOf('电');
  const name = afterDateline >= 0 ? s.slice(afterDateline + 1) : s;
  return name === '中华人民共和国国务院' || name === '中華人民共和國國務院' ? '国务院' : name;
}

/**
 * The document number: in the title line itself (`中华人民共和国主席令 第三号`), else on a line of its
 * own just after or just before the title, else inside a line after it. A number standing in a
 * sentence (`根据第3/1999号法律`) cites another document, so it is the last resort.
 */
function findDocNumber(lines: Lines, span: NoticeSpan): string | null {
  for (let k = span.titleStart; k <= span.titleEnd; k++) {
    const found = docNumberIn(lines.at(k).text);
    if (found) return found;
  }
  const after = nonBlankAround(lines, span, 1);
  const before = nonBlankAround(lines, span, -1);
  const ends = (numberEnds ??= rawCharTable(NUMBER_ENDS));
  for (const k of [...after, ...before]) {
    // Settled on the raw line where it can be: the prose above a title is not normalised for this.
    if (!lines.rawHasAny(k, ends)) continue;
    const found = standaloneDocNumber(lines.at(k).text, STANDALONE_SLACK);
    if (found) return found;
  }
  for (const k of after) {
    const found = docNumberIn(lines.at(k).text);
    if (found && found.includes('〔')) return found;
  }
  return null;
}

/** Raw characters that may give a line's text the end of a document number. */
let numberEnds: Uint8Array | null = null;

/** Characters a doc-number line may hold beside the number (a page number, brackets). */
const STANDALONE_SLACK = 6;

function nonBlankAround(lines: Lines, span: NoticeSpan, direction: 1 | -1): number[] {
  const found: number[] = [];
  const limit = direction > 0 ? DOC_NUMBER_LINES_AFTER : DOC_NUMBER_LINES_BEFORE;
  let k = direction > 0 ? span.titleEnd + 1 : span.titleStart - 1;
  while (found.length < limit && k >= span.floor && k < span.end && k >= 0) {
    // A line's text is made only when its raw range leaves in doubt whether it has any.
    if (!lines.isBlank(k) && (lines.surelyHasText(k) || lines.at(k).text.length > 0)) found.push(k);
    k += direction;
  }
  return found;
}


/**
 * The signing date is the date line that closed the notice; failing that a `(…通过)` line, any
 * date line in the notice, or a news dateline (`3月12日电`) with the year from a nearby full date.
 */
function findSigningDate(lines: Lines, span: NoticeSpan): string | null {
  if (span.dateLine !== null) return readDateLine(lines.at(span.dateLine).text)?.iso ?? null;
  let any: string | null = null;
  let passed: string | null = null;
  for (let k = span.titleStart; k < span.end; k++) {
    const d = readDateLine(lines.at(k).text);
    if (d?.kind === 'passed') passed ??= d.iso;
    else if (d) any ??= d.iso;
  }
  if (passed || any) return passed ?? any;
  return datelineDate(lines, span);
}

const NUMERIC_DATE = /\b((?:19|20)\d{2})[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])\b/;

function datelineDate(lines: Lines, span: NoticeSpan): string | null {
  let dateline: { month: number; day: number } | null = null;
  let year: number | null = null;
  for (let k = span.floor; k < span.end && (dateline === null || year === null); k++) {
    const t = lines.at(k).text;
    dateline ??= k >= span.titleStart ? findDateline(t) : null;
    const full: FoundDate | null = year === null ? findDate(t) : null;
    if (full?.iso) year = Number(full.iso.slice(0, 4));
    // A web page's stamp `2024-03-01 10:30` gives the year of its news dateline too.
    const stamp: RegExpExecArray | null = year === null ? NUMERIC_DATE.exec(lines.at(k).raw) : null;
    if (stamp) year = Number(stamp[1]);
  }
  if (!dateline || year === null) return null;
  return isoFromParts(year, dateline.month, dateline.day);
}
