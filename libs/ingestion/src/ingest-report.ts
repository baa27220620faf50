/** What loading one file did; printed by the CLI and returned by the GraphQL mutation. */
export interface IngestReport {
  filename: string | null;
  /** False when the same text was loaded before: then nothing was written. */
  loaded: boolean;
  notices: number;
  /** Notices already known from another document (same issuer and number, or same text). */
  noticesAlreadyKnown: number;
  events: number;
  unparsedLines: number;
  warnings: string[];
  /** The load's audit entry (written in the load's transaction); null only before it is written. */
  auditId: string | null;
}

/** Input that cannot be loaded; nothing was written. */
export class IngestInputError extends Error {
  constructor(
    readonly filename: string | null,
    readonly reason: string,
  ) {
    super(`${filename ?? 'input'}: ${reason}`);
  }
}
