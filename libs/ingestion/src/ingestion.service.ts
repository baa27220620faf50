import type { DataSource, EntityManager } from 'typeorm';
import { ParsedNotice, parseNotices } from '@renmian/notice-parser';
import { ensurePeople, ensurePosts, personKey } from './directory.writer';
import { IngestInputError, IngestReport } from './ingest-report';
import { noticeTextHash, normaliseDocumentText, sha256 } from './notice-key.util';
import { PhaseTimer } from './phase-timer.util';
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
    const timer = new PhaseTimer();
    const normalised = normaliseDocumentText(text);
    const parsed = parseNotices(normalised);
    timer.mark('parse');
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
      // A handful of statements whatever the size: one for notices, people, posts, events each.
      timer.mark('document');
      const noticeIds = await insertNotices(m, documentId, parsed.notices, lines);
      timer.mark('notices');
      const fresh = parsed.notices.filter((_n, i) => noticeIds.has(i));
      for (const [i, notice] of parsed.notices.entries()) {
        if (noticeIds.has(i)) continue;
        report.noticesAlreadyKnown++;
        report.warnings.push(`${describe(notice)} ${await knownAs(m, notice, lines)}: skipped`);
      }
      for (const notice of fresh) {
        if (notice.date === null) report.warnings.push(`${describe(notice)} states no date: its events are kept but place no one in a post`);
      }
      report.notices = fresh.length;
      report.events = fresh.reduce((sum, n) => sum + n.events.length, 0);
      const touched = await insertEvents(m, parsed.notices, noticeIds, timer);
      await insertUnparsed(m, documentId, parsed.unparsed);
      timer.mark('unparsed');
      await refreshTenures(m, touched, timer);
      return report;
    }).finally(() => {
      timer.mark('commit');
      timer.report(filename ?? 'input');
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

/**
 * Inserts the notices not yet known; returns, for each inserted one, its index in `notices` and its
 * id. A notice already known (same issuer and number, or same text) is skipped by the unique
 * indexes, whoever loaded it — also a process loading at the same moment.
 */
async function insertNotices(m: EntityManager, documentId: string, notices: ParsedNotice[], lines: string[]): Promise<Map<number, string>> {
  const rows: { id: string; ord: string }[] = await m.query(
    `WITH input AS (
       SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::int[], $8::int[], $9::text[])
         WITH ORDINALITY AS t(issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body, ord)
     ), inserted AS (
       INSERT INTO notices (document_id, issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body)
       SELECT $1, issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body FROM input ORDER BY ord
       ON CONFLICT DO NOTHING RETURNING id, text_hash, start_line
     )
     SELECT inserted.id::text, input.ord::text FROM inserted
       JOIN input ON input.text_hash = inserted.text_hash AND input.start_line = inserted.start_line`,
    [
      documentId,
      notices.map((n) => n.issuer),
      notices.map((n) => n.docNumber),
      notices.map((n) => n.title),
      notices.map((n) => n.date),
      notices.map((n) => noticeTextHash(lines, n.source.startLine, n.source.endLine)),
      notices.map((n) => n.source.startLine),
      notices.map((n) => n.source.endLine),
      notices.map((n) => lines.slice(n.source.startLine - 1, n.source.endLine).join('\n')),
    ],
  );
  return new Map(rows.map((r) => [Number(r.ord) - 1, r.id]));
}

/** Writes the events of the inserted notices (people and posts first); returns the posts touched. */
async function insertEvents(m: EntityManager, notices: ParsedNotice[], noticeIds: Map<number, string>, timer: PhaseTimer): Promise<string[]> {
  const rows: { notice: ParsedNotice; noticeId: string; event: ParsedNotice['events'][number]; ordinal: number; jurisdiction: string }[] = [];
  for (const [i, notice] of notices.entries()) {
    const noticeId = noticeIds.get(i);
    if (noticeId === undefined) continue;
    const jurisdiction = notice.issuer ?? UNKNOWN_ISSUER;
    notice.events.forEach((event, ordinal) => rows.push({ notice, noticeId, event, ordinal, jurisdiction }));
  }
  if (rows.length === 0) return [];
  const people = await ensurePeople(m, rows.map((r) => ({ jurisdiction: r.jurisdiction, name: r.event.person })));
  timer.mark('people');
  const posts = await ensurePosts(m, rows.map((r) => r.event.position));
  timer.mark('posts');
  await m.query(
    `INSERT INTO events (notice_id, type, effective_on, person_id, post_id, probation_months, rank, precedence_after,
                         person_text, position_text, source_line, source_text, ordinal)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::date[], $4::bigint[], $5::bigint[], $6::int[], $7::text[], $8::text[],
                          $9::text[], $10::text[], $11::int[], $12::text[], $13::int[])`,
    [
      rows.map((r) => r.noticeId),
      rows.map((r) => r.event.type),
      rows.map((r) => r.notice.date),
      rows.map((r) => people.get(personKey(r.jurisdiction, r.event.person))),
      rows.map((r) => posts.get(r.event.position)),
      rows.map((r) => r.event.probationMonths),
      rows.map((r) => r.event.rank),
      rows.map((r) => r.event.precedenceAfter),
      rows.map((r) => r.event.person),
      rows.map((r) => r.event.position),
      rows.map((r) => r.event.source.line),
      rows.map((r) => r.event.source.text),
      rows.map((r) => r.ordinal),
    ],
  );
  timer.mark('events');
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
