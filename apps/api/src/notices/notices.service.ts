import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NoticeModel, UnparsedLineModel } from './notice.model';

const COLUMNS = `n.id::text, n.doc_number AS "docNumber", n.issuer, n.title, n.signed_on::text AS date,
  n.start_line AS "startLine", n.end_line AS "endLine", d.filename, d.kind AS "documentKind", d.page_count AS "pageCount",
  d.ocr, n.recorded_at AS "recordedAt", n.document_id::text AS "documentId"`;

@Injectable()
export class NoticesService {
  constructor(private readonly ds: DataSource) {}

  async byDocNumber(docNumber: string): Promise<NoticeModel | null> {
    const rows = await this.ds.query(
      `SELECT ${COLUMNS} FROM notices n JOIN documents d ON d.id = n.document_id WHERE n.doc_number = $1 ORDER BY n.id LIMIT 1`,
      [docNumber],
    );
    return rows[0] ?? null;
  }

  /** Oldest signing date first; undated notices last. */
  async page(offset: number, limit: number): Promise<{ rows: NoticeModel[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.ds.query(
        `SELECT ${COLUMNS} FROM notices n JOIN documents d ON d.id = n.document_id
          ORDER BY n.signed_on NULLS LAST, n.doc_number, n.id OFFSET $1 LIMIT $2`,
        [offset, limit],
      ),
      this.ds.query('SELECT count(*) AS n FROM notices'),
    ]);
    return { rows, total: Number(count[0].n) };
  }

  async unparsedLines(notice: NoticeModel): Promise<UnparsedLineModel[]> {
    return this.ds.query(
      `SELECT line, text, reason, page FROM unparsed_lines WHERE document_id = $1 AND line BETWEEN $2 AND $3 ORDER BY line`,
      [notice.documentId, notice.startLine, notice.endLine],
    );
  }
}
