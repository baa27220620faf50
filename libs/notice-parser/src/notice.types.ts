/**
 * The parser's output contract. The CLI prints these shapes as JSON and outside checks read them,
 * so field names are stable: add fields, never rename.
 */

export type EventType = 'appoint' | 'remove' | 'auto_remove';

/** Where a fact came from: the (first) line of the input it was read on, and the clause text. */
export interface EventSource {
  line: number;
  text: string;
  /** The clause form that read it (`appointment`, `removal`, `acting`…), for `parse --explain`. */
  reader?: string;
  /** The part of the clause that form read, in the text's own script. */
  span?: string;
}

export interface ParsedEvent {
  type: EventType;
  person: string;
  position: string;
  probationMonths: number | null;
  rank: string | null;
  precedenceAfter: string | null;
  /** Posts held concurrently with `position`, as listed in brackets; each is also its own event. */
  concurrent: string[];
  /**
   * The day the event takes effect when the notice names one (`自2024年3月1日起执行`); null when it
   * takes effect on the notice's signing date, as most do.
   */
  effectiveOn: string | null;
  source: EventSource;
}

export interface NoticeSource {
  startLine: number;
  endLine: number;
}

export interface ParsedNotice {
  docNumber: string | null;
  issuer: string | null;
  title: string | null;
  /** Signing date, ISO yyyy-mm-dd; null when the text gives none (or only a month). */
  date: string | null;
  events: ParsedEvent[];
  source: NoticeSource;
}

/** A line inside a notice's decision part that no clause reader could read. */
export interface UnparsedLine {
  line: number;
  text: string;
  /** Short reason, for people reviewing the line. */
  reason: string;
}

export interface ParseResult {
  notices: ParsedNotice[];
  unparsed: UnparsedLine[];
  /**
   * Only with `explain`: sentences that speak of appointing or removing someone but were judged not
   * to state a decision taken (a proposal, a draft, a review, background), with the reason.
   */
  setAside?: UnparsedLine[];
}
