import type { EntityManager } from 'typeorm';
import type { ParsedNotice } from '@renmian/notice-parser';
import { arrayLiteral } from './array-literal.util';
import type { InsertedNotice } from './event.writer';
import type { IngestDocument } from './ingest-document';
import { sha256 } from './notice-key.util';

/** The document a load comes from, its notices and the lines of them that were not read. */

/** The document's row id, or null when the same text or the same bytes were loaded before. */
export async function insertDocument(m: EntityManager, normalised: string, filename: string | null, document: IngestDocument | null): Promise<string | null> {
  // Either unique key — the text's hash, the bytes' hash — makes a second load add nothing.
  const rows: { id: string }[] = await m.query(
    `INSERT INTO documents (content_hash, filename, byte_size, sha256, kind, page_count, ocr, text)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      sha256(normalised),
      filename,
      Buffer.byteLength(normalised, 'utf8'),
      document?.sha256 ?? null,
      document?.kind ?? 'text',
      document?.pageCount ?? null,
      document?.ocr ?? false,
      normalised,
    ],
  );
  return rows.length === 0 ? null : rows[0].id;
}

/** A notice already stored under the identity the ingestion uses: whether, when and why it was retracted. */
export interface KnownNotice {
  retractedAt: Date | null;
  retractionReason: string | null;
}

/** Anything that runs a query: a DataSource (read only) or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * For each notice, the stored notice with its identity — the same issuer and number, or, without a
 * number, the same text (`hashes[i]`, noticeTextHash) — or null when there is none. One query for
 * all of them: the ingestion asks it of the notices it skipped, the desk's preview of every notice.
 */
export async function knownNotices(q: Queryable, notices: ParsedNotice[], hashes: string[]): Promise<(KnownNotice | null)[]> {
  if (notices.length === 0) return [];
  const rows = (await q.query(
    `SELECT t.i::int AS i, k.retracted_at, k.retraction_reason
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(doc_number, issuer, text_hash, i)
       JOIN LATERAL (
         SELECT n.retracted_at, n.retraction_reason FROM notices n
          WHERE (t.doc_number IS NOT NULL AND n.doc_number = t.doc_number AND coalesce(n.issuer, '') = coalesce(t.issuer, ''))
             OR (t.doc_number IS NULL AND n.doc_number IS NULL AND n.text_hash = t.text_hash)
          LIMIT 1) AS k ON true`,
    [arrayLiteral(notices.map((n) => n.docNumber)), arrayLiteral(notices.map((n) => n.issuer)), arrayLiteral(hashes)],
  )) as { i: number; retracted_at: Date | null; retraction_reason: string | null }[];
  const known: (KnownNotice | null)[] = notices.map(() => null);
  for (const r of rows) known[r.i - 1] = { retractedAt: r.retracted_at, retractionReason: r.retraction_reason };
  return known;
}

/** Why a notice is not loaded again: known already, or retracted (a retraction is not undone by loading). */
export function knownAs(known: KnownNotice | null): string {
  if (known?.retractedAt) return `was retracted on ${known.retractedAt.toISOString()} (${known.retractionReason ?? 'no reason given'}) and stays retracted`;
  return 'is already known from another document';
}

export function describe(n: ParsedNotice): string {
  return n.docNumber ?? `notice “${n.title ?? '(untitled)'}” at lines ${n.source.startLine}-${n.source.endLine}`;
}

/**
 * Inserts the notices not yet known (`hashes[i]`: the text hash of `notices[i]`); returns, for each
 * inserted one, its index in `notices`, its id and its text hash. A notice already known (same issuer and number, or same text) is skipped by
 * the unique indexes, whoever loaded it — also a process loading at the same moment. The rows are
 * told apart by their first line, which no two notices of one document share; the function scan
 * feeds them to the insert in array order, so ids follow the document without sorting the texts.
 */
export async function insertNotices(m: EntityManager, documentId: string, notices: ParsedNotice[], lines: string[], hashes: string[]): Promise<Map<number, InsertedNotice>> {
  const rows: { id: string; start_line: number; series: string | null; series_number: number | null }[] = await m.query(
    `INSERT INTO notices (document_id, issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body)
     SELECT $1, issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body
       FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::int[], $8::int[], $9::text[])
         AS t(issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body)
     ON CONFLICT DO NOTHING RETURNING id::text, start_line, series, series_number`,
    [
      documentId,
      arrayLiteral(notices.map((n) => n.issuer)),
      arrayLiteral(notices.map((n) => n.docNumber)),
      arrayLiteral(notices.map((n) => n.title)),
      arrayLiteral(notices.map((n) => n.date)),
      arrayLiteral(hashes),
      arrayLiteral(notices.map((n) => n.source.startLine)),
      arrayLiteral(notices.map((n) => n.source.endLine)),
      arrayLiteral(notices.map((n) => lines.slice(n.source.startLine - 1, n.source.endLine).join('\n'))),
    ],
  );
  const indexOf = new Map(notices.map((n, i) => [n.source.startLine, i]));
  return new Map(
    rows.map((r) => {
      const i = indexOf.get(r.start_line)!;
      return [i, { id: r.id, textHash: hashes[i], series: r.series, seriesNumber: r.series_number }];
    }),
  );
}

export async function insertUnparsed(
  m: EntityManager,
  documentId: string,
  unparsed: { line: number; text: string; reason: string }[],
  pageOf: (line: number) => number | null,
): Promise<void> {
  if (unparsed.length === 0) return;
  await m.query(
    `INSERT INTO unparsed_lines (document_id, line, text, reason, page)
     SELECT $1, line, text, reason, page FROM unnest($2::int[], $3::text[], $4::text[], $5::int[]) AS t(line, text, reason, page)
     ON CONFLICT (document_id, line) DO NOTHING`,
    [documentId, unparsed.map((u) => u.line), unparsed.map((u) => u.text), unparsed.map((u) => u.reason), unparsed.map((u) => pageOf(u.line))],
  );
}

