import type { EndReason } from '@renmian/tenure-rules';

/** Anything that runs a parameterised SQL query: a TypeORM DataSource or a pg Client both do. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'popolo';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json', 'popolo'];

/** One tenure as a spreadsheet row: names, not ids, and every date as written (yyyy-mm-dd). */
export interface TenureRecord {
  personId: string;
  person: string;
  /** The issuer whose notices name the person: two people of one name are told apart by it. */
  jurisdiction: string;
  postId: string;
  post: string;
  title: string;
  organizationId: string;
  organization: string;
  /** Null when no notice states it: an unknown start stays unknown. */
  start: string | null;
  end: string | null;
  endReason: EndReason | null;
  /** True when the end is inferred (a single seat got a new holder), not stated. */
  endInferred: boolean;
  probationEnd: string | null;
  /** The notice that opened the tenure (or closed it, when its start is unknown). */
  source: NoticeCitation | null;
}

export interface NoticeCitation {
  /** The notice's stable key: its document number, or the start of its text's hash when it has none. */
  key: string;
  docNumber: string | null;
  issuer: string | null;
  title: string | null;
  signedOn: string | null;
}

/** One event of the change log with the line of the notice that states it. */
export interface EventRecord {
  id: string;
  type: 'APPOINT' | 'REMOVE' | 'AUTO_REMOVE' | 'INFERRED_END';
  inferred: boolean;
  effectiveOn: string | null;
  personId: string;
  person: string;
  jurisdiction: string;
  postId: string;
  post: string;
  organization: string;
  probationMonths: number | null;
  rank: string | null;
  precedenceAfter: string | null;
  notice: NoticeCitation;
  /** Where in the loaded document the clause stands, and its text as printed. */
  source: { line: number; text: string };
}

/** Narrows a read: only these days, only these people. */
export interface ReadFilter {
  asOf?: string | null;
  personIds?: string[];
}

/** An export ready to send: what it is and its bytes. */
export interface ExportFile {
  contentType: string;
  filename: string;
  /** Text for CSV and JSON; the workbook's bytes for XLSX. */
  body: string | Buffer;
}
