import type { DataSource, EntityManager } from 'typeorm';
import type { ParsedNotice } from '@renmian/notice-parser';
import { arrayLiteral } from './array-literal.util';
import { ensurePeople, ensurePosts } from './directory.writer';
import { EventRecord, InsertedNotice, changeEvents, eventRecords, insertEvents, reserveEventIds } from './event.writer';
import type { IngestDocument } from './ingest-document';
import { IngestInputError, IngestReport } from './ingest-report';
import { noticeTextHash, sha256 } from './notice-key.util';
import { PreparedText, prepareText } from './prepared-text';
import { PhaseTimer } from './phase-timer.util';
import { TenureChanges, deriveChanges, lockPosts, writeTenures } from './tenure-refresh';
import { checkReferencesPerRow, checkReferencesPerStatement, lockReferenced } from './bulk-references.util';

/**
 * Loads one document: parse, then write everything in one transaction — all of it or nothing.
 * The same text loaded again (by anyone, at any time) changes nothing; so does the same file (the
 * same bytes) when it comes with its document.
 */
export class IngestionService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `document` describes the file the text was read from (libs/documents): its kind, bytes' hash,
   * pages and OCR are stored with it, and every event and unread line gets its page. Without it
   * the text is stored as UTF-8 text, as it always was.
   */
  async ingest(text: string, filename: string | null, document: IngestDocument | null = null): Promise<IngestReport> {
    return this.dataSource.transaction((m) => this.ingestIn(m, text, filename, document));
  }

  /**
   * The same, inside the caller's transaction: what the caller writes beside the load (the desk's
   * audit entry, its preview marked confirmed) then commits with it or not at all.
   */
  async ingestIn(m: EntityManager, text: string, filename: string | null, document: IngestDocument | null = null): Promise<IngestReport> {
    const timer = new PhaseTimer();
    const prepared = prepareText(text);
    timer.mark('parse');
    return this.writeIn(m, prepared, filename, document, timer);
  }

  /**
   * Loads a text already parsed by prepareText — in a worker thread (`ingest --jobs N`), while
   * this process writes the previous document. The same writes, in one transaction, as ingest.
   */
  async ingestPrepared(prepared: PreparedText, filename: string | null, document: IngestDocument | null = null): Promise<IngestReport> {
    return this.dataSource.transaction((m) => this.writeIn(m, prepared, filename, document, new PhaseTimer()));
  }

  private async writeIn(m: EntityManager, prepared: PreparedText, filename: string | null, document: IngestDocument | null, timer: PhaseTimer): Promise<IngestReport> {
    const { normalised, parsed } = prepared;
    const lines = normalised.split('\n');
    const pageOf = linePageLookup(lines.length, document);
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
    try {
      const documentId = await insertDocument(m, normalised, filename, document);
      if (documentId === null) {
        report.warnings.push(`this ${document && document.kind !== 'text' ? 'file' : 'text'} was loaded before: nothing changed`);
        report.unparsedLines = 0;
        return report;
      }
      report.loaded = true;
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
        if (notice.date === null && notice.events.some((e) => e.effectiveOn === null)) {
          report.warnings.push(`${describe(notice)} states no date: its events are kept but place no one in a post`);
        }
      }
      report.notices = fresh.length;
      report.events = fresh.reduce((sum, n) => sum + n.events.length, 0);
      await insertUnparsed(m, documentId, parsed.unparsed, pageOf);
      await writeEventsAndTenures(m, eventRecords(parsed.notices, noticeIds, pageOf), timer);
      return report;
    } finally {
      timer.mark('commit');
      timer.report(filename ?? 'input');
    }
  }
}

/** The document's row id, or null when the same text or the same bytes were loaded before. */
async function insertDocument(m: EntityManager, normalised: string, filename: string | null, document: IngestDocument | null): Promise<string | null> {
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
 * Inserts the notices not yet known; returns, for each inserted one, its index in `notices`, its id
 * and its text hash. A notice already known (same issuer and number, or same text) is skipped by
 * the unique indexes, whoever loaded it — also a process loading at the same moment. The rows are
 * told apart by their first line, which no two notices of one document share; the function scan
 * feeds them to the insert in array order, so ids follow the document without sorting the texts.
 */
async function insertNotices(m: EntityManager, documentId: string, notices: ParsedNotice[], lines: string[]): Promise<Map<number, InsertedNotice>> {
  const hashes = notices.map((n) => noticeTextHash(lines, n.source.startLine, n.source.endLine));
  const rows: { id: string; start_line: number }[] = await m.query(
    `INSERT INTO notices (document_id, issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body)
     SELECT $1, issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body
       FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::int[], $8::int[], $9::text[])
         AS t(issuer, doc_number, title, signed_on, text_hash, start_line, end_line, body)
     ON CONFLICT DO NOTHING RETURNING id::text, start_line`,
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
      return [i, { id: r.id, textHash: hashes[i] }];
    }),
  );
}

/**
 * Writes the events of the inserted notices (people and posts first) and re-derives the tenures of
 * the posts they name. The posts are locked and their believed events read before this load's
 * events exist, so nothing just written is read back; the events' ids are reserved first, so the
 * tenures are derived in this process while the server writes the events.
 */
async function writeEventsAndTenures(m: EntityManager, records: EventRecord[], timer: PhaseTimer): Promise<void> {
  if (records.length === 0) return;
  // Known people are locked as they are looked up; new ones are this transaction's own.
  const people = await ensurePeople(m, records.map((r) => ({ jurisdiction: r.jurisdiction, name: r.event.person })));
  timer.mark('people');
  const posts = await ensurePosts(m, records.map((r) => r.post));
  timer.mark('posts');
  const directory = { people, posts };
  const state = await lockPosts(m, [...new Set(posts.values())]);
  timer.mark('tenures.lock+read');
  const ids = await reserveEventIds(m, records.length);
  timer.mark('events.ids');
  // From here the events' references are checked: notices are this load's, people are this
  // load's or locked, posts are locked (see bulk-references.util).
  const perStatement = await checkReferencesPerStatement(m);
  const [, changes] = await Promise.all([insertEvents(m, records, ids, directory), deriveChanges(state, changeEvents(records, ids, directory))]);
  timer.mark('events+derive');
  if (perStatement) {
    await lockTenureReferences(m, changes, new Set(ids), new Set(people.values()));
    timer.mark('tenures.references');
  }
  await writeTenures(m, changes, timer);
  if (perStatement) await checkReferencesPerRow(m);
}

/**
 * What the new tenures refer to beyond this load's own rows and the posts already locked: people
 * and events of the posts' earlier history, and the posts' organisations.
 */
async function lockTenureReferences(m: EntityManager, { cols }: TenureChanges, ownEvents: Set<string>, ownPeople: Set<string>): Promise<void> {
  await lockReferenced(m, 'organizations', cols.org, 'a tenure\'s organization_id');
  await lockReferenced(m, 'people', cols.person.filter((id) => !ownPeople.has(id)), 'a tenure\'s person_id');
  const events = [...cols.opened, ...cols.closed].filter((id): id is string => id !== null && !ownEvents.has(id));
  await lockReferenced(m, 'events', events, 'a tenure\'s opened_by or closed_by');
}

async function insertUnparsed(
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

/**
 * The page of a 1-based line of the text: from the document's line pages, null without a document.
 * Pages that do not match the text's lines are a caller's mistake, refused before anything is written.
 */
function linePageLookup(lineCount: number, document: IngestDocument | null): (line: number) => number | null {
  if (document === null) return () => null;
  const pages = document.linePages;
  if (pages.length !== lineCount) throw new Error(`document.linePages has ${pages.length} entries for a text of ${lineCount} lines`);
  return (line) => pages[line - 1] ?? null;
}
