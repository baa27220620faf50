import { noticeKeySql } from '@renmian/exports';
import { unreadLineMatters } from '@renmian/tenure-rules';
import { unreadReason } from '../../common/labels.util';
import { ReviewItemModel, ReviewKind } from '../review-item.model';
import { Queryable, reviewItem } from './review-item.factory';

interface UnreadRow {
  document_id: string;
  filename: string | null;
  notice_id: string | null;
  notice_key: string | null;
  doc_number: string | null;
  line: number;
  text: string;
  reason: string;
  events_read: boolean;
}

/**
 * UNPARSED_LINE: one finding per notice (or per document, for lines outside any notice) that has
 * lines the parser could not read — a person checks the text once against the events read from it,
 * rather than once per line; a line printed twice is listed once. A leftover fragment that cannot
 * hide a decision (unreadLineMatters in libs/tenure-rules) is not listed.
 */
export async function findUnparsedLines(m: Queryable): Promise<ReviewItemModel[]> {
  const rows: UnreadRow[] = await m.query(
    `SELECT u.document_id::text, d.filename, n.id::text AS notice_id, ${noticeKeySql('n')} AS notice_key, n.doc_number, u.line, u.text, u.reason,
            EXISTS (SELECT 1 FROM events e JOIN notices en ON en.id = e.notice_id
                     WHERE en.document_id = u.document_id AND e.source_line = u.line AND e.superseded_at IS NULL) AS events_read
       FROM unparsed_lines u JOIN documents d ON d.id = u.document_id
       LEFT JOIN LATERAL (SELECT * FROM notices n WHERE n.document_id = u.document_id AND u.line BETWEEN n.start_line AND n.end_line ORDER BY n.id LIMIT 1) n ON true
      ORDER BY u.document_id, u.line`,
  );
  const groups = new Map<string, UnreadRow[]>();
  for (const r of rows) {
    if (!unreadLineMatters({ reason: r.reason, eventsRead: r.events_read })) continue;
    const key = `${r.document_id}:${r.notice_id ?? 0}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()].map(([key, lines]) => unreadItem(key, lines));
}

function unreadItem(key: string, lines: UnreadRow[]): ReviewItemModel {
  const first = lines[0];
  const distinct = lines.filter((l, i) => lines.findIndex((o) => o.text === l.text) === i);
  // A notice without a number is known by its file: its text hash means nothing to a person.
  const where = first.doc_number ? `通知 ${first.doc_number}` : `文件 ${basename(first.filename)}`;
  const numbers = distinct.map((l) => l.line).join('、');
  return reviewItem({
    id: `unparsed:${key}`,
    kind: ReviewKind.UNPARSED_LINE,
    summary: `${where}有${distinct.length}行未能读取（第${numbers}行）：请对照原文核对，其中可能有未读出的任免。`,
    evidence: distinct.map((l) => `第${l.line}行（${unreadReason(l.reason)}）：${l.text}`),
    refs: {
      notice: first.notice_key ? { key: first.notice_key, line: first.line } : undefined,
      unread: distinct.map((l) => ({ line: l.line, text: l.text, reason: l.reason })),
    },
  });
}

function basename(filename: string | null): string {
  if (!filename) return '（无文件名）';
  return filename.slice(filename.lastIndexOf('/') + 1);
}
