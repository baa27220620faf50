/**
 * What the scorer reads: a gold file or the parser's output, as plain JSON. Field values stay loose
 * (any JSON scalar) because gold is written by hand and must be scored as the reference script
 * scores it, not as the parser's types would like it to be.
 */

export type Scalar = string | number | boolean | null;

export interface ScoredEvent {
  type?: Scalar;
  person?: Scalar;
  position?: Scalar;
  probationMonths?: Scalar;
  rank?: Scalar;
  precedenceAfter?: Scalar;
}

export interface ScoredNotice {
  docNumber?: Scalar;
  date?: Scalar;
  events: ScoredEvent[];
}

export interface ScoredDocument {
  notices: ScoredNotice[];
}

/** An event's identity: type as written, person and position normalised. */
export type EventKey = readonly [type: Scalar, person: string | null, position: string | null];

/** A notice's identity: normalised document number and the date as written. */
export type NoticeKey = readonly [docNumber: string | null, date: Scalar];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** One file's comparison; the missed and extra lists repeat an item as often as it is missing. */
export interface FileScore {
  events: Counts;
  notices: Counts;
  attrs: { ok: number; all: number };
  missedEvents: EventKey[];
  extraEvents: EventKey[];
  missedNotices: NoticeKey[];
  extraNotices: NoticeKey[];
}

export interface Totals {
  files: number;
  parserFailures: number;
  events: Counts;
  notices: Counts;
  attrs: { ok: number; all: number };
}

export interface Ratios {
  eventsP: number;
  eventsR: number;
  eventsF1: number;
  noticesP: number;
  noticesR: number;
  attrs: number;
}
