import type { EntityManager } from 'typeorm';
import type { IngestDocument } from './ingest-document';
import type { IngestReport } from './ingest-report';
import { DOOR_WORDS, LoadAuthor } from './load-author';

/** A notice a load wrote, as the audit entry names it (its key addresses /notice/<key>). */
export interface WrittenNotice {
  key: string;
  docNumber: string | null;
  issuer: string | null;
}

/** The stored document a load wrote, or found already stored when the load added nothing. */
export interface LoadedDocument {
  id: string;
  /** sha256 of the text read (line endings normalised): the text's identity. */
  textSha256: string;
  kind: string;
  /** sha256 of the file's bytes; null for text given as text. */
  sha256: string | null;
  pageCount: number | null;
  ocr: boolean;
}

/**
 * Writes the one audit entry of a load, in the load's transaction: the load and its entry commit
 * together or neither does. Every door goes through here (IngestionService calls it), so the
 * entries of the command line, GraphQL and the desk cannot drift apart. A load that added nothing
 * (the same text or bytes loaded before) is recorded too, as nothing new.
 */
export async function writeLoadAudit(
  m: EntityManager,
  by: LoadAuthor,
  report: IngestReport,
  document: LoadedDocument | null,
  notices: WrittenNotice[],
): Promise<string> {
  const what = report.filename ? `文件“${report.filename}”` : '文本';
  const reason = by.reason?.trim() || `经${DOOR_WORDS[by.door]}载入${what}${report.loaded ? '' : '：此前已载入，没有新内容'}`;
  const after = {
    door: by.door,
    loaded: report.loaded,
    nothingNew: notices.length === 0,
    filename: report.filename,
    document,
    notices,
    noticesAlreadyKnown: report.noticesAlreadyKnown,
    events: report.events,
    unparsedLines: report.unparsedLines,
  };
  const rows: { id: string }[] = await m.query(
    `INSERT INTO audit_log (actor, action, reason, before, after, door) VALUES ($1, 'loadNotices', $2, NULL, $3, $4) RETURNING id::text`,
    [by.actor, reason, JSON.stringify(after), by.door],
  );
  return rows[0].id;
}

/**
 * The document a load that added nothing met: the one stored with the same text or the same bytes.
 * Null only if it has gone since (documents are never deleted).
 */
export async function storedDocument(m: EntityManager, textSha256: string, document: IngestDocument | null): Promise<LoadedDocument | null> {
  const [row]: { id: string; content_hash: string; kind: string; sha256: string | null; page_count: number | null; ocr: boolean }[] = await m.query(
    `SELECT id::text, content_hash, kind, sha256, page_count, ocr FROM documents
      WHERE content_hash = $1 OR ($2::text IS NOT NULL AND sha256 = $2) ORDER BY id LIMIT 1`,
    [textSha256, document?.sha256 ?? null],
  );
  if (!row) return null;
  return { id: row.id, textSha256: row.content_hash, kind: row.kind, sha256: row.sha256, pageCount: row.page_count, ocr: row.ocr };
}

/** The document a load has just stored, described as storedDocument describes a found one. */
export function newDocument(id: string, textSha256: string, document: IngestDocument | null): LoadedDocument {
  return {
    id,
    textSha256,
    kind: document?.kind ?? 'text',
    sha256: document?.sha256 ?? null,
    pageCount: document?.pageCount ?? null,
    ocr: document?.ocr ?? false,
  };
}
