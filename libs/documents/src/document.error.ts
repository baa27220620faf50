/**
 * Why a document cannot be read. NOT_A_DOCUMENT: no kind we read (415); EMPTY: nothing but
 * whitespace (400); ENCRYPTED: a password is needed (400); TOOL_MISSING: the OCR or rasterising
 * program or its language data is not installed here (415: this server cannot read the kind now);
 * UNREADABLE: the right kind, but damaged (400); TOO_MANY_SCANNED_PAGES: more pages to OCR than the
 * limit allows (400); TOO_LARGE: reading it would pass a limit on size, pages, memory or time —
 * a compression bomb, or a document far beyond any notice (413).
 */
export type DocumentErrorCode = 'NOT_A_DOCUMENT' | 'EMPTY' | 'ENCRYPTED' | 'TOOL_MISSING' | 'UNREADABLE' | 'TOO_MANY_SCANNED_PAGES' | 'TOO_LARGE';

const STATUS: Record<DocumentErrorCode, 400 | 413 | 415> = {
  NOT_A_DOCUMENT: 415,
  EMPTY: 400,
  ENCRYPTED: 400,
  TOOL_MISSING: 415,
  UNREADABLE: 400,
  TOO_MANY_SCANNED_PAGES: 400,
  TOO_LARGE: 413,
};

export interface DocumentErrorExtras {
  /** A Chinese sentence for the clerk: what is wrong and what to do. Where absent, the code's general one. */
  zh?: string;
  /** What a library or program said (offsets, `pixRead`, V8's words): for the log, never for the clerk. */
  detail?: string;
}

/** A document that cannot be read; the message names the file and what to install or fix. */
export class DocumentError extends Error {
  readonly status: 400 | 413 | 415;
  readonly zh: string | undefined;
  readonly detail: string | undefined;

  constructor(
    readonly code: DocumentErrorCode,
    /** The file's name as the caller gave it. */
    readonly file: string,
    /** What is wrong and what to do, without the file name and without internals. */
    readonly reason: string,
    extras: DocumentErrorExtras = {},
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentError';
    this.status = STATUS[code];
    this.zh = extras.zh;
    this.detail = extras.detail;
  }
}

/** Plain data, to cross from the reading worker to the caller. */
export interface DocumentErrorData {
  code: DocumentErrorCode;
  file: string;
  reason: string;
  zh?: string;
  detail?: string;
}

export function documentErrorData(e: DocumentError): DocumentErrorData {
  return { code: e.code, file: e.file, reason: e.reason, zh: e.zh, detail: e.detail };
}

export function documentErrorFrom(d: DocumentErrorData): DocumentError {
  return new DocumentError(d.code, d.file, d.reason, { zh: d.zh, detail: d.detail });
}
