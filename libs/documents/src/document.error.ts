/**
 * Why a document cannot be read. NOT_A_DOCUMENT: no kind we read (415); EMPTY: nothing but
 * whitespace (400); ENCRYPTED: a password is needed (400); TOOL_MISSING: the OCR or rasterising
 * program or its language data is not installed here (415: this server cannot read the kind now);
 * UNREADABLE: the right kind, but damaged (400); TOO_MANY_SCANNED_PAGES: more pages to OCR than the
 * limit allows (400).
 */
export type DocumentErrorCode = 'NOT_A_DOCUMENT' | 'EMPTY' | 'ENCRYPTED' | 'TOOL_MISSING' | 'UNREADABLE' | 'TOO_MANY_SCANNED_PAGES';

const STATUS: Record<DocumentErrorCode, 400 | 415> = {
  NOT_A_DOCUMENT: 415,
  EMPTY: 400,
  ENCRYPTED: 400,
  TOOL_MISSING: 415,
  UNREADABLE: 400,
  TOO_MANY_SCANNED_PAGES: 400,
};

/** A document that cannot be read; the message names the file and what to install or fix. */
export class DocumentError extends Error {
  readonly status: 400 | 415;

  constructor(
    readonly code: DocumentErrorCode,
    /** The file's name as the caller gave it. */
    readonly file: string,
    /** What is wrong and what to do, without the file name. */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentError';
    this.status = STATUS[code];
  }
}
