/**
 * What the synthetic gazette generator meant to write: the gold a parser is scored against. The
 * shapes follow the parser's own output (libs/notice-parser/src/notice.types.ts) so the two compare
 * field by field, and the conventions follow the seed gold (one event per person per post; each
 * post of a concurrent bracket list is also its own event, with the same probation).
 */

import type { EventType, ParsedEvent } from '@renmian/notice-parser';

export type ExpectedEventType = EventType;

/** A parsed event without its source: what the generator knows it wrote. */
/** As the parser gives it, without the source; a day of effect only where the notice names one. */
export type ExpectedEvent = Omit<ParsedEvent, 'source' | 'effectiveOn'> & { effectiveOn?: string | null };

export interface ExpectedNotice {
  docNumber: string;
  issuer: string;
  title: string;
  /** Signing date, ISO yyyy-mm-dd. */
  date: string;
  /** 1-based line of the corpus on which the notice's heading starts. */
  line: number;
  events: ExpectedEvent[];
}

export interface GazetteOptions {
  seed: number;
  /** The corpus stops at the first notice boundary at or past this many UTF-8 bytes. */
  targetBytes: number;
}

/** One piece of the corpus as it is produced: some text, and the notice it holds, if any. */
export interface GazetteBlock {
  text: string;
  bytes: number;
  notice: ExpectedNotice | null;
}

export interface Gazette {
  text: string;
  bytes: number;
  notices: ExpectedNotice[];
}
