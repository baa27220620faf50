/**
 * What can go wrong at the desk, each with the HTTP status it answers with. The message is the
 * Chinese sentence the person at the desk reads; it names what was wrong.
 */
export const DESK_ERROR_STATUS = {
  /** No session, or it expired: a page redirects to the sign-in form, a form submission is refused. */
  NOT_SIGNED_IN: 403,
  /** The form's csrf field is missing or belongs to another session. */
  BAD_CSRF: 403,
  /** A reader's session submitting a form that changes something. */
  READ_ONLY: 403,
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  /** Someone else changed the same thing first; nothing was written. */
  CONFLICT: 409,
  /** The preview a confirmation names is unknown, or belongs to another session. */
  PREVIEW_GONE: 410,
  /** An upload the document readers cannot take (not a document, encrypted, a tool missing…). */
  UNSUPPORTED_DOCUMENT: 415,
  TOO_MANY_SIGN_INS: 429,
} as const;

export type DeskErrorCode = keyof typeof DESK_ERROR_STATUS;

export class DeskError extends Error {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
    /** An answer other than the code's usual one (an unreadable upload is 400 or 415). */
    readonly statusOverride?: number,
    /** For TOO_MANY_SIGN_INS: seconds until the next attempt is allowed. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  get status(): number {
    return this.statusOverride ?? DESK_ERROR_STATUS[this.code];
  }
}
