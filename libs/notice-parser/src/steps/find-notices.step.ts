import { PROPOSAL_PHRASES, TitleKind, isIssuerLine, isNegativeTitle, titleKind } from '../lexicon/title.lexicon';
import { readDateLine } from '../text/line-kind.util';
import { charTable, isClauseEnd } from '../text/normalise.util';
import type { Lines } from './normalise-lines.step';

/**
 * Step 2: where notices are. A notice starts at a title and ends at its signing date, at the next
 * title, or at a markdown heading — so text of other documents between notices belongs to none.
 */
export interface NoticeSpan {
  /** Index (0-based, into lines) of the first title line. */
  titleStart: number;
  /** Index of the last title line. */
  titleEnd: number;
  /** Index one past the last line of the notice. */
  end: number;
  /** Index of the signing-date line that closed the notice, if one did. */
  dateLine: number | null;
  title: string;
  /** The raw title lines joined with a space: the space may separate issuer and title. */
  rawTitle: string;
  kind: TitleKind | 'untitled';
  /** A regulation, proposal or other text laid out like a notice: it yields no events. */
  negative: boolean;
  /** Index where the previous span ended, so header lookups never reach into it. */
  floor: number;
}

interface TitleMatch {
  end: number;
  text: string;
  raw: string;
  kind: TitleKind;
}

const MAX_TITLE_LINES = 3;
const MAX_TITLE_LINE_LENGTH = 60;
/** Raw lengths beyond which a line cannot normalise down to a title or a date line (OCR spaces). */
const MAX_RAW_TITLE_LENGTH = 4 * MAX_TITLE_LINE_LENGTH;
const MAX_RAW_DATE_LINE_LENGTH = 480;

/**
 * A title is one line, or — when it starts with 关于 — up to three lines (`…常务委员会关于接受` /
 * `何金清辞去…` / `…请求的决定`); the shortest run that reads as a title wins. Wrapped prose is
 * thus ruled out after one line, without joining anything.
 */
function matchTitle(lines: Lines, i: number): TitleMatch | null {
  const first = lines.at(i).text;
  if (first.length === 0 || first.length > MAX_TITLE_LINE_LENGTH || endsSentence(first)) return null;
  const single = titleKind(first);
  const singleMatch = single ? { end: i, text: first, raw: rawTitle(lines, [i]), kind: single } : null;
  // `关于任免某某等工作人员` / `职务的通知`: a 关于 line that is not yet a whole title may continue.
  if (single === 'about' || !ABOUT.some((a) => first.includes(a))) return singleMatch;
  return joinAboutTitle(lines, i) ?? singleMatch;
}

function joinAboutTitle(lines: Lines, i: number): TitleMatch | null {
  let text = lines.at(i).text;
  const taken = [i];
  for (let j = nextNonBlank(lines, i + 1); j >= 0 && taken.length < MAX_TITLE_LINES; j = nextNonBlank(lines, j + 1)) {
    const t = lines.at(j).text;
    if (t.length > MAX_TITLE_LINE_LENGTH || endsSentence(t) || lines.at(j).heading) return null;
    text += t;
    taken.push(j);
    if (titleKind(text) === 'about') return { end: j, text, raw: rawTitle(lines, taken), kind: 'about' };
  }
  return null;
}

const ABOUT = ['关于', '關於', '关於', '關于'];

function rawTitle(lines: Lines, taken: number[]): string {
  return taken.map((k) => lines.at(k).raw.replace(/^\s*#+/, '').trim()).join(' ');
}

/** The raw line's last visible character ends a sentence: then it is no title. */
const TERMINATORS = charTable('；。！：，;:,');

function endsSentence(t: string): boolean {
  const last = t[t.length - 1];
  return isClauseEnd(last) || last === '：' || last === '，';
}

function nextNonBlank(lines: Lines, from: number): number {
  for (let k = from; k < lines.length; k++) if (!lines.at(k).blank && lines.at(k).text.length > 0) return k;
  return -1;
}

/**
 * A title's first line holds 关于 or a personnel word itself; a line holding neither can only be an
 * issuer above a title, and the title is then found from its own line.
 */
const TITLE_CHARS = charTable('关關任免聘辞辭代令名职職');

/** Lines that show the notice has a body, so that a later date line is its signing date. */
const BODY_CHARS = charTable('为為免任聘辞辭');

/**
 * The notices of a text, title to signing date, each handed over as soon as it is closed, so that a
 * long gazette's first notices are read while the rest is still being scanned. A text with no
 * title at all may still be one notice given without its heading (untitledNotice).
 */
export function* noticeSpans(lines: Lines): Generator<NoticeSpan, void, undefined> {
  let open: NoticeSpan | null = null;
  let sawBody = false;
  let floor = 0;
  let any = false;
  const close = (end: number, dateLine: number | null): NoticeSpan | null => {
    const span = open;
    if (!span) return null;
    span.end = end;
    span.dateLine = dateLine;
    floor = end;
    open = null;
    markProposal(lines, span);
    any = true;
    return span;
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines.isBlank(i)) continue;
    // Rule lines out on the raw range first: making and normalising every prose line would dominate
    // the cost. A line outside any notice that cannot be a title is never made at all.
    const short =
      lines.rawLength(i) <= MAX_RAW_TITLE_LENGTH &&
      !lines.rawEndsWithAny(i, TERMINATORS) &&
      lines.rawHasAny(i, TITLE_CHARS) &&
      lines.at(i).text.length <= MAX_TITLE_LINE_LENGTH;
    const title = short ? matchTitle(lines, i) : null;
    // A short headline-like line inside a notice body is more likely a broken clause than a new notice.
    if (title && !(open && sawBody && title.kind === 'headline')) {
      const closed = close(issuerAbove(lines, i, open), null);
      open = newSpan(i, title, floor);
      sawBody = false;
      i = title.end;
      if (closed) yield closed;
      continue;
    }
    if (!open) continue;
    if (lines.isHeading(i)) {
      const closed = close(i, null);
      if (closed) yield closed;
      continue;
    }
    if (sawBody && lines.rawLength(i) <= MAX_RAW_DATE_LINE_LENGTH && lines.rawIncludes(i, '年')) {
      const date = readDateLine(lines.at(i).text);
      if (date?.kind === 'signing') {
        const closed = close(i + 1, i);
        if (closed) yield closed;
        continue;
      }
    }
    if (!sawBody && lines.rawHasAny(i, BODY_CHARS)) sawBody = true;
  }
  const last = close(lines.length, null);
  if (last) yield last;
  if (!any) yield* untitledNotice(lines);
}

/** Where the open notice ends when a title starts at `i`: before an issuer line above the title. */
function issuerAbove(lines: Lines, i: number, open: NoticeSpan | null): number {
  let p = i - 1;
  while (p >= 0 && lines.at(p).text.length === 0) p--;
  if (open && p > open.titleEnd && isIssuerLine(lines.at(p).text)) return p;
  return i;
}

function newSpan(i: number, title: TitleMatch, floor: number): NoticeSpan {
  return {
    titleStart: i,
    titleEnd: title.end,
    end: i,
    dateLine: null,
    title: title.text,
    rawTitle: title.raw,
    kind: title.kind,
    negative: isNegativeTitle(title.text),
    floor,
  };
}

const ASKS = charTable('请請');

function markProposal(lines: Lines, span: NoticeSpan): void {
  if (span.negative) return;
  for (let k = span.titleEnd + 1; k < span.end && !span.negative; k++) {
    // Every proposal phrase asks (请/請); most lines do not.
    if (!lines.rawHasAny(k, ASKS)) continue;
    const t = lines.at(k).text;
    if (PROPOSAL_PHRASES.some((p) => t.includes(p))) span.negative = true;
  }
}

/** Opening lines of a decision block: they let a bare decision (no title) count as one notice. */
const DECISION_OPENERS = /^(?:任命|委任|聘任|聘请|免去|解聘)：|决定任命|決定任命|决定：|決定：/;

/** A text with no title at all may still be a single notice given without its heading. */
function untitledNotice(lines: Lines): NoticeSpan[] {
  let opens = false;
  for (let k = 0; k < lines.length && !opens; k++) opens = DECISION_OPENERS.test(lines.at(k).text);
  if (!opens) return [];
  const span: NoticeSpan = {
    titleStart: 0,
    titleEnd: -1,
    end: lines.length,
    dateLine: null,
    title: '',
    rawTitle: '',
    kind: 'untitled',
    negative: false,
    floor: 0,
  };
  const first = nextNonBlank(lines, 0);
  if (first >= 0 && isNegativeTitle(lines.at(first).text)) span.negative = true;
  for (let k = 0; k < lines.length; k++) {
    const t = lines.at(k).text;
    if (PROPOSAL_PHRASES.some((p) => t.includes(p))) span.negative = true;
    const date = readDateLine(t);
    if (date?.kind === 'signing') span.dateLine = k;
  }
  return [span];
}
