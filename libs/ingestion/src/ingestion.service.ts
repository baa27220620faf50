import type { DataSource, EntityManager } from 'typeorm';
import { ParsedNotice, parseNotices } from '@renmian/notice-parser';
import { ensurePeople, ensurePosts } from './directory.writer';
import { IngestInputError, IngestReport } from './ingest-report';
import { noticeTextHash, normaliseDocumentText, sha256 } from './notice-key.util';
import { refreshTenures } from './tenure-refresh';

/** Jurisdiction of people whose notice names no issuer. */
const UNKNOWN_ISSUER = '（发文机关不明）';

/**
 * Loads one document: parse, then write everything in one transaction — all of it or nothing.
 * The same text loaded again (by anyone, at any time) changes nothing.
 */
export class IngestionService {
  constructor(private readonly dataSource: DataSource) {}

  async ingest(text: string, filename: string | null): Promise<IngestReport> {
    const normalised = normaliseDocumentText(text);
    const parsed = parseNotices(normalised);
    if (parsed.notices.length === 0) {
      throw new IngestInputError(filename, 'contains no appointment or removal notice');
    }
    const report: IngestReport = {
      filename,
      loaded: false,
      notices: 0,
      noticesAlreadyKnown: 0,
      events: 0,
      unparsedLines: parsed.unparsed.length,
      warnings: [],
    };
    return this.dataSource.transaction(async (m) => {
      const doc: { id: string }[] = await m.query(
        `INSERT INTO documents (content_hash, filename, byte_size) VALUES ($1, $2, $3)
         ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
        [sha256(normalised), filename, Buffer.byteLength(normalised, 'utf8')],
      );
      if (doc.length === 0) {
        report.warnings.push('this text was loaded before: nothing changed');
        report.unparsedLines = 0;
        return report;
      }
      report.loaded = true;
      const documentId = doc[0].id;
      const lines = normalised.split('\n');
      const touched = new Set<string>();
      for (const notice of parsed.notices) {
        const noticeId = await insertNotice(m, documentId, notice, lines);
        if (noticeId === null) {
          report.noticesAlreadyKnown++;
          report.warnings.push(`${describe(notice)} ${await knownAs(m, notice, lines)}: skipped`);
          continue;
        }
        report.notices++;
        if (notice.date === null) {
          report.warnings.push(`${describe(notice)} states no date: its events are kept but place no one in a post`);
        }
        for (const postId of await insertEvents(m, noticeId, notice)) touched.add(postId);
        report.events += notice.events.length;
      }
      await insertUnparsed(m, documentId, parsed.unparsed);
      await refreshTenures(m, [...touched]);
      return report;
    });
  }
}

/** Why a notice is not loaded again: known already, or retracted (a retraction is not undone by loading). */
async function knownAs(m: EntityManager, n: ParsedNotice, lines: string[]): Promise<string> {
  const rows: { retracted_at: Date | null; retraction_reason: string | null }[] = await m.query(
    `SELECT retracted_at, retraction_reason FROM notices
      WHERE (doc_number IS NOT NULL AND doc_number = $1 AND coalesce(issuer, '') = coalesce($2, ''))
         OR (doc_number IS NULL AND $1::text IS NULL AND text_hash = $3)
      LIMIT 1`,
    [n.docNumber, n.issuer, noticeTextHash(lines, n.source.startLine, n.source.endLine)],
  );
  const r = rows[0];
  if (r?.retracted_at) return `was retracted on ${r.retracted_at.toISOString()} (${r.retraction_reason ?? 'no reason given'}) and stays retracted`;
  return 'is already known from another document';
}

function describe(n: ParsedNotice): string {
  return n.docNumber ?? `notice “${n.title ?? '(untitled)'}” at lines ${n.source.startLine}-${n.source.endLine}`;
}

async function insertNotice(m: EntityManager, documentId: string, n: ParsedNotice, lines: string[]): Promise<string | null> {
  const rows: { id: string }[] = await m.query(
    `INSERT INTO notices (document_id, issuer, doc_number, title, signed_on, text_hash, start_line, end_line)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
    [
      documentId,
      n.issuer,
      n.docNumber,
      n.title,
      n.date,
      noticeTextHash(lines, n.source.startLine, n.source.endLine),
      n.source.startLine,
      n.source.endLine,
    ],
  );
  return rows[0]?.id ?? null;
}

/** Writes a notice's events (people, organisations and posts first); returns the posts touched. */
async function insertEvents(m: EntityManager, noticeId: string, n: ParsedNotice): Promise<string[]> {
  const jurisdiction = n.issuer ?? UNKNOWN_ISSUER;
  const people = await ensurePeople(m, jurisdiction, n.events.map((e) => e.person));
  const posts = await ensurePosts(m, n.events.map((e) => e.position));
  await m.query(
    `INSERT INTO events (notice_id, type, effective_on, person_id, post_id, probation_months, rank, precedence_after,
                         person_text, position_text, source_line, source_text, ordinal)
     SELECT $1, type, $2::date, person_id, post_id, probation, rank, precedence, person_text, position_text,
            line, text, ordinal
       FROM unnest($3::text[], $4::bigint[], $5::bigint[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[],
                   $11::int[], $12::text[], $13::int[])
         AS t(type, person_id, post_id, probation, rank, precedence, person_text, position_text, line, text, ordinal)`,
    [
      noticeId,
      n.date,
      n.events.map((e) => e.type),
      n.events.map((e) => people.get(e.person)),
      n.events.map((e) => posts.get(e.position)),
      n.events.map((e) => e.probationMonths),
      n.events.map((e) => e.rank),
      n.events.map((e) => e.precedenceAfter),
      n.events.map((e) => e.person),
      n.events.map((e) => e.position),
      n.events.map((e) => e.source.line),
      n.events.map((e) => e.source.text),
      n.events.map((_e, i) => i),
    ],
  );
  return [...new Set(posts.values())];
}

async function insertUnparsed(m: EntityManager, documentId: string, unparsed: { line: number; text: string; reason: string }[]): Promise<void> {
  if (unparsed.length === 0) return;
  await m.query(
    `INSERT INTO unparsed_lines (document_id, line, text, reason)
     SELECT $1, line, text, reason FROM unnest($2::int[], $3::text[], $4::text[]) AS t(line, text, reason)
     ON CONFLICT (document_id, line) DO NOTHING`,
    [documentId, unparsed.map((u) => u.line), unparsed.map((u) => u.text), unparsed.map((u) => u.reason)],
  );
}
