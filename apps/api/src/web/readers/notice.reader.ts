import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { noticeKeySql } from '@renmian/exports';

export interface NoticePage {
  key: string;
  docNumber: string | null;
  issuer: string | null;
  title: string | null;
  signedOn: string | null;
  retractedAt: Date | null;
  retractionReason: string | null;
  startLine: number;
  endLine: number;
  /** The lines as printed; null for notices loaded before the text was kept. */
  body: string | null;
  /** The file the notice was read from: its kind, pages, and whether its text came from OCR. */
  source: { kind: string; pageCount: number | null; ocr: boolean; filename: string | null };
  events: NoticeEvent[];
  unparsed: { line: number; text: string; reason: string }[];
}

export interface NoticeEvent {
  /** The event's lineage: what a correction names; it stays the same across corrections. */
  eventId: string;
  type: string;
  person: string;
  post: string;
  organization: string;
  effectiveOn: string | null;
  probationMonths: number | null;
  rank: string | null;
  precedenceAfter: string | null;
  sourceLine: number;
  sourceText: string;
  /** The page of the file the line stands on, where the file has pages. */
  sourcePage: number | null;
  /** Superseded by a correction or the notice's retraction. */
  current: boolean;
}

/**
 * A notice by its document number — or, when it has none, by the start of its text's hash, which
 * the pages link to. One number may belong to notices of two issuers: both are returned.
 */
@Injectable()
export class NoticeReader {
  constructor(private readonly ds: DataSource) {}

  async byKey(key: string): Promise<NoticePage[]> {
    const notices: (Omit<NoticePage, 'events' | 'unparsed'> & { id: string; documentId: string })[] = await this.ds.query(
      `SELECT n.id::text, n.document_id::text AS "documentId", ${noticeKeySql('n')} AS key,
              n.doc_number AS "docNumber", n.issuer, n.title, n.signed_on::text AS "signedOn", n.retracted_at AS "retractedAt",
              n.retraction_reason AS "retractionReason", n.start_line AS "startLine", n.end_line AS "endLine", n.body,
              json_build_object('kind', d.kind, 'pageCount', d.page_count, 'ocr', d.ocr, 'filename', d.filename) AS source
         FROM notices n JOIN documents d ON d.id = n.document_id
        WHERE n.doc_number = $1 OR (n.doc_number IS NULL AND length($1) >= 8 AND n.text_hash LIKE $1 || '%' AND $1 ~ '^[0-9a-f]+$')
        ORDER BY n.issuer NULLS LAST, n.id`,
      [key],
    );
    return Promise.all(
      notices.map(async ({ id, documentId, ...n }) => ({
        ...n,
        events: await this.events(id),
        unparsed: await this.ds.query(
          `SELECT line, text, reason FROM unparsed_lines WHERE document_id = $1 AND line BETWEEN $2 AND $3 ORDER BY line`,
          [documentId, n.startLine, n.endLine],
        ),
      })),
    );
  }

  /** Every version of the notice's events: current ones, and what corrections replaced (shown struck through). */
  private events(noticeId: string): Promise<NoticeEvent[]> {
    return this.ds.query(
      `SELECT e.lineage_id::text AS "eventId", upper(e.type) AS type, pe.name AS person, po.name AS post, o.name AS organization, e.effective_on::text AS "effectiveOn",
              e.probation_months AS "probationMonths", e.rank, e.precedence_after AS "precedenceAfter",
              e.source_line AS "sourceLine", e.source_text AS "sourceText", e.source_page AS "sourcePage", e.superseded_at IS NULL AS current
         FROM events e JOIN people pe ON pe.id = e.person_id JOIN posts po ON po.id = e.post_id
         JOIN organizations o ON o.id = po.organization_id
        WHERE e.notice_id = $1 ORDER BY e.ordinal, e.recorded_at`,
      [noticeId],
    );
  }
}
