import type { ParseResult, ParsedEvent, ParsedNotice, UnparsedLine } from './notice.types';
import { awaitsConsent } from './text/decision-kind.util';
import { startsNewsItem } from './text/line-kind.util';
import { docNumberIn } from './text/doc-number.util';
import { charTable } from './text/normalise.util';
import { groupByDocument, proseDate } from './steps/find-decisions.step';
import { NoticeSpan, noticeSpans } from './steps/find-notices.step';
import { Line, Lines, normaliseLines } from './steps/normalise-lines.step';
import { readClauses } from './steps/read-clauses.step';
import { readHeader } from './steps/read-header.step';
import { splitClauses } from './steps/split-clauses.step';

/**
 * Reads every appointment and removal notice in a text — a whole gazette, a single notice, or a
 * decision reported in running text. The pipeline: normalise lines → find notices (by their frame,
 * title to signing date; failing that, by their decisions) → read each header → split clauses →
 * read each clause form → refine posts (inherited organisations, brackets). It never throws.
 */
export interface ParseOptions {
  /** Also report, as `setAside`, the sentences judged to be proposals or background. */
  explain?: boolean;
}

export function parseNotices(text: string, options: ParseOptions = {}): ParseResult {
  const result: Required<ParseResult> = { notices: [], unparsed: [], setAside: [] };
  for (const part of readNotices(text, options)) {
    for (const n of part.notices) result.notices.push(n);
    for (const u of part.unparsed) result.unparsed.push(u);
    for (const u of part.setAside ?? []) result.setAside.push(u);
  }
  const out: ParseResult = result;
  if (!options.explain) delete out.setAside;
  return out;
}

/**
 * The same reading, handed over as it goes: parts in text order whose notices, unread lines and
 * set-aside sentences, put together, are parseNotices' result. A loader stores the first notices of
 * a long gazette while the rest is being read. A part is handed over once it is final: framed
 * notices are held back until one of them has events, because a text whose framed notices state
 * nothing is read again as running text, and that reading replaces theirs.
 */
export function* readNotices(text: string, options: ParseOptions = {}): Generator<ParseResult, void, undefined> {
  const lines = normaliseLines(text);
  const framed = { negative: false };
  const held: ParseResult[] = [];
  let settled = false;
  for (const part of framedParts(lines, options, framed)) {
    if (!settled && part.notices.some((n) => n.events.length > 0)) {
      settled = true;
      yield* held.splice(0);
    }
    if (settled) yield part;
    else held.push(part);
  }
  if (settled) return;
  if (!framed.negative) {
    const prose = parseProse(lines, options);
    if (prose.notices.length > 0) {
      yield prose;
      return;
    }
    held.push({ notices: [], unparsed: [], setAside: prose.setAside ?? [] });
  }
  yield* held;
}

/** Notices found by their frame, title to signing date: one part per span read. */
function* framedParts(lines: Lines, options: ParseOptions, framed: { negative: boolean }): Generator<ParseResult, void, undefined> {
  let released = 0;
  let first = true;
  for (const span of noticeSpans(lines)) {
    // `…决定免去A、B的P职务。` / `主任提议任免12人次` / `…`: a news item whose subheadings read as
    // titles states decisions above the first of them too; that running text is read as such.
    if (first && span.kind === 'headline' && span.titleStart > 0 && mayStateDecisions(lines, span.titleStart)) {
      const before = parseProse(lines, options, span.titleStart);
      if (before.notices.length > 0) yield { ...before, setAside: before.setAside ?? [] };
    }
    first = false;
    // The lines of the notices before are done with (see Lines.release).
    lines.release(released, span.floor);
    released = span.floor;
    if (span.negative) {
      // A titled regulation or proposal settles the text; an untitled one was judged on its first
      // line alone, so the text is still read for decisions taken.
      framed.negative ||= span.kind !== 'untitled';
      continue;
    }
    const header = readHeader(lines, span);
    const bodyEnd = span.dateLine ?? span.end;
    const pieces = splitClauses(lines, span.titleEnd + 1, bodyEnd);
    // `…将就推荐任命征求立法会同意`: a notice of appointments still awaiting consent makes none.
    if (pieces.some((p) => awaitsConsent(p.text))) {
      framed.negative = true;
      continue;
    }
    // A decision block with no title is running text: read as such, dated as such.
    const untitled = span.kind === 'untitled';
    // A news item under a headline that reads like a title is running text all the same.
    const prose = untitled || (pieces.length > 0 && startsNewsItem(pieces[0].text));
    const read = readClauses(pieces, lines, 1, { prose, explain: options.explain });
    const { events, unparsed } = read;
    if (events.length === 0 && unparsed.length === 0) {
      if (read.setAside.length > 0) yield { notices: [], unparsed: [], setAside: read.setAside };
      continue;
    }
    const notice: ParsedNotice = {
      docNumber: header.docNumber,
      // A news item's headline names no issuer (`某某常委会举行会议通过一批任免` is what happened).
      issuer: prose && !untitled ? null : header.issuer,
      title: header.title,
      date: noticeDate(lines, span, header.date, events, read.announcing, prose),
      // A page repeats its decision (lead and body, a caption under a photo): each event once; running
      // text also shortens it in a headline.
      events: distinct(events, prose),
      source: { startLine: lines.at(header.firstLine).no, endLine: lines.at(Math.max(span.titleStart, span.end - 1)).no },
    };
    yield { notices: [notice], unparsed, setAside: read.setAside };
  }
}

/**
 * A notice's date: its header's (signing line, adoption line, dateline). A news item under its
 * headline, or a decision block with no title, is dated as running text is — a full date in the
 * decision's own sentence first (`国务院2022年2月24日决定：` over the `2月28日电` dateline).
 */
function noticeDate(lines: Lines, span: NoticeSpan, headerDate: string | null, events: ParsedEvent[], announcing: number[], news: boolean): string | null {
  if (span.kind !== 'untitled' && span.kind !== 'headline' && !news) return headerDate;
  const decisionLines = new Set([...events.map((e) => e.source.line), ...announcing]);
  if (span.kind === 'untitled') return headerDate ?? proseDate(lines, decisionLines);
  return proseDate(lines.slice(span.floor, span.end), decisionLines) ?? headerDate;
}

/**
 * Running text read for the decisions it states. A text whose appointments still await another
 * body's consent states none. Each notice found this way has no title or issuer (none is invented).
 */
function parseProse(lines: Lines, options: ParseOptions, to = lines.length): ParseResult {
  const notices: ParsedNotice[] = [];
  const unparsed: UnparsedLine[] = [];
  const setAside: UnparsedLine[] = [];
  const pieces = splitClauses(lines, 0, to);
  if (pieces.some((p) => awaitsConsent(p.text))) {
    const reason = 'its appointments await another body’s consent';
    return { notices, unparsed, setAside: pieces.map((p) => ({ line: p.lines[0], text: p.text, reason })) };
  }
  const groups = groupByDocument(pieces);
  for (const group of groups) {
    const read = readClauses(group.pieces, lines, 1, { prose: true, explain: options.explain });
    const { events, unparsed: unread } = read;
    unparsed.push(...unread);
    setAside.push(...read.setAside);
    if (events.length === 0) continue;
    // The sentence that reported the decisions (`2025年12月30日，…发布了…的通知`) dates them too.
    const decisionLines = new Set([...events.map((e) => e.source.line), ...read.announcing]);
    const first = group.pieces[0].lines[0];
    const lastPiece = group.pieces[group.pieces.length - 1];
    const docLine = group.docNumber ? group.pieces.find((p) => p.text.includes(group.docNumber as string)) : undefined;
    notices.push({
      docNumber: docLine && group.docNumber ? unfoldNumber(docLine, group.docNumber) : groups.length === 1 ? labelledNumber(lines) : null,
      issuer: null,
      title: null,
      date: proseDate(lines, decisionLines),
      events: distinct(events),
      source: { startLine: first, endLine: lastPiece.lines[lastPiece.lines.length - 1] },
    });
  }
  return { notices, unparsed, setAside };
}

/** How far above the first title running text is looked at for decisions (a news item's lead). */
const MAX_LEAD_LINES = 40;
const LEAD_DECISION_CHARS = charTable('任免聘辞辭撤罢罷');

/** Lines above the first title that may state a decision in a sentence: not a gazette's contents. */
function mayStateDecisions(lines: Lines, to: number): boolean {
  if (to > MAX_LEAD_LINES) return false;
  for (let k = 0; k < to; k++) {
    if (lines.isBlank(k) || !lines.rawHasAny(k, LEAD_DECISION_CHARS)) continue;
    const t = lines.at(k).text;
    if (t.includes('。') && (t.includes('决定') || t.includes('決定') || t.includes('表决通过') || t.includes('表決通過'))) return true;
  }
  return false;
}

/** `发文字号：国办发〔1986〕53号`: a page that lays a document out as a record names its number. */
const NUMBER_LABEL = /^\s*(?:发文字号|文号)[：:\s]*/;

function labelledNumber(lines: Lines): string | null {
  for (const line of lines) {
    const label = line.blank ? null : NUMBER_LABEL.exec(line.text);
    const number = label ? docNumberIn(line.text.slice(label[0].length)) : null;
    if (number !== null) return line.unfold(number);
  }
  return null;
}

function unfoldNumber(piece: { spans: { line: Line }[] }, number: string): string {
  for (const sp of piece.spans) if (sp.line.text.includes(number)) return sp.line.unfold(number);
  return number;
}

/**
 * A news page often repeats its decision (headline, deck, body, or the whole article twice). A
 * headline also shortens it (`A代理某省省长` above `A代理某省人民政府省长职务`): an event whose post
 * is made of the characters of the same person's post on a later line is that one, shortened.
 */
function distinct(events: ParsedEvent[], shortened = true): ParsedEvent[] {
  const once = events.length <= SMALL ? distinctSmall(events) : distinctLarge(events);
  if (!shortened) return once;
  // Compared only within one person's events of one type: a long block must not cost n² here.
  const byPerson = new Map<string, ParsedEvent[]>();
  for (const e of once) {
    const key = `${e.type}\u0000${e.person}`;
    const list = byPerson.get(key);
    if (list) list.push(e);
    else byPerson.set(key, [e]);
  }
  return once.filter((e) => {
    const same = byPerson.get(`${e.type}\u0000${e.person}`) as ParsedEvent[];
    return same.length === 1 || !same.some((f) => f !== e && f.source.line > e.source.line && shortens(e.position, f.position));
  });
}

/** Up to this many events (a notice's usual count), pairs are compared without building keys. */
const SMALL = 24;

function distinctSmall(events: ParsedEvent[]): ParsedEvent[] {
  const once: ParsedEvent[] = [];
  for (const e of events) if (!once.some((f) => f.type === e.type && f.person === e.person && f.position === e.position)) once.push(e);
  return once.length === events.length ? events : once;
}

function distinctLarge(events: ParsedEvent[]): ParsedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.type}\u0000${e.person}\u0000${e.position}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether `short` uses only characters of `long`, each no more often, and is shorter. */
function shortens(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  const left = [...long];
  for (const ch of short) {
    const at = left.indexOf(ch);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}
