import type { DataSource, EntityManager } from 'typeorm';
import type { ParseResult } from '@renmian/notice-parser';
import type { ChangeEvent } from '@renmian/tenure-rules';
import { lockReferenced, mayTurnRowTriggersOff, rowTriggersOff, rowTriggersOn } from './bulk-references.util';
import { LoadDirectory } from './directory.writer';
import { changeEvents, eventRecords, insertEvents } from './event.writer';
import { reserveIds } from './reserve-ids.util';
import type { IngestDocument } from './ingest-document';
import { IngestInputError, IngestReport } from './ingest-report';
import { LoadedDocument, WrittenNotice, newDocument, storedDocument, writeLoadAudit } from './load-audit.writer';
import { LoadAuthor, SYSTEM_LOAD } from './load-author';
import { normaliseDocumentText, noticeTextHash, sha256 } from './notice-key.util';
import { describe, insertDocument, insertNotices, insertUnparsed, knownAs, knownNotices } from './notice.writer';
import { NoticeBatches, ParseAhead, ParsedBatches } from './parse-ahead';
import { PhaseTimer } from './phase-timer.util';
import type { PreparedText } from './prepared-text';
import { TenureChanges, deriveChanges, lockPosts, writeTenures } from './tenure-refresh';
import { nextTurn } from './next-turn.util';

/**
 * Loads one document: its notices are read in batches while the batches before are written, and
 * everything is written in one transaction — all of it or nothing. The same text loaded again (by
 * anyone, at any time) changes nothing; so does the same file (the same bytes) when it comes with
 * its document.
 *
 * Every load, whichever door it came through, writes one audit entry in that same transaction
 * (load-audit.writer): `by` names who loaded it and through which door. A load that added nothing
 * is recorded as such; a load refused or rolled back leaves no entry.
 */
export class IngestionService {
  /** `batchNotices`: notices written per batch (tests make it small to exercise many batches). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { batchNotices?: number } = {},
  ) {}

  /**
   * `document` describes the file the text was read from (libs/documents): its kind, bytes' hash,
   * pages and OCR are stored with it, and every event and unread line gets its page. Without it
   * the text is stored as UTF-8 text, as it always was.
   */
  async ingest(text: string, filename: string | null, document: IngestDocument | null = null, by: LoadAuthor = SYSTEM_LOAD): Promise<IngestReport> {
    return this.dataSource.transaction((m) => this.load(m, text, filename, document, by));
  }

  /**
   * The same, inside the caller's transaction: what the caller writes beside the load (the desk's
   * audit entry, its preview marked confirmed) then commits with it or not at all. Input refused
   * (IngestInputError) leaves nothing of the load behind even if the caller goes on and commits:
   * the document is stored before its text is known to hold no notice, so the load runs in a
   * savepoint.
   */
  async ingestIn(m: EntityManager, text: string, filename: string | null, document: IngestDocument | null = null, by: LoadAuthor = SYSTEM_LOAD): Promise<IngestReport> {
    return this.inSavepoint(m, () => this.load(m, text, filename, document, by));
  }

  /** ingestIn for a text already parsed (the desk parses a long text in a worker, once, for both). */
  async ingestPreparedIn(m: EntityManager, prepared: PreparedText, filename: string | null, document: IngestDocument | null = null, by: LoadAuthor = SYSTEM_LOAD): Promise<IngestReport> {
    return this.inSavepoint(m, () => loadDocument(m, prepared.normalised, () => new ParsedBatches(prepared.parsed), filename, document, by));
  }

  private async inSavepoint(m: EntityManager, load: () => Promise<IngestReport>): Promise<IngestReport> {
    await m.query('SAVEPOINT renmian_load');
    try {
      const report = await load();
      await m.query('RELEASE SAVEPOINT renmian_load');
      return report;
    } catch (e) {
      if (e instanceof IngestInputError) await m.query('ROLLBACK TO SAVEPOINT renmian_load');
      throw e;
    }
  }

  private load(m: EntityManager, text: string, filename: string | null, document: IngestDocument | null, by: LoadAuthor): Promise<IngestReport> {
    const normalised = normaliseDocumentText(text);
    return loadDocument(m, normalised, () => new ParseAhead(normalised, this.options.batchNotices), filename, document, by);
  }

  /**
   * Loads a text already parsed by prepareText — in a worker thread (`ingest --jobs N`), while
   * this process writes the previous document. The same writes, in one transaction, as ingest.
   */
  async ingestPrepared(prepared: PreparedText, filename: string | null, document: IngestDocument | null = null, by: LoadAuthor = SYSTEM_LOAD): Promise<IngestReport> {
    return this.dataSource.transaction((m) => loadDocument(m, prepared.normalised, () => new ParsedBatches(prepared.parsed), filename, document, by));
  }
}

/** What a load has written so far, batch by batch, for the tenures derived at its end. */
interface LoadState {
  documentId: string;
  lines: string[];
  pageOf: (line: number) => number | null;
  /** Whether this transaction checks events' and tenures' references per statement (bulk-references.util). */
  perStatement: boolean;
  directory: LoadDirectory;
  /** This load's events as the tenure rules see them, and their ids. */
  changes: ChangeEvent[];
  eventIds: Set<string>;
  /** The notices written, for the audit entry. */
  written: WrittenNotice[];
  timer: PhaseTimer;
}

/**
 * The document's text goes to the server first; the text is read (`read` starts the parse) while
 * the server stores it, and each batch is written as it comes.
 */
async function loadDocument(
  m: EntityManager,
  normalised: string,
  read: () => NoticeBatches,
  filename: string | null,
  document: IngestDocument | null,
  by: LoadAuthor,
): Promise<IngestReport> {
  const timer = new PhaseTimer();
  const report: IngestReport = { filename, loaded: false, notices: 0, noticesAlreadyKnown: 0, events: 0, unparsedLines: 0, warnings: [], auditId: null };
  const pageOf = linePageLookup(normalised, document);
  const stored = insertDocument(m, normalised, filename, document);
  // Its rejection is awaited below; until then it must not count as unhandled.
  stored.catch(() => undefined);
  // One turn of the event loop: the statement is on its way before the parse takes the thread.
  await nextTurn();
  const batches = read();
  try {
    const lines = normalised.split('\n');
    const documentId = await stored;
    timer.mark('document');
    if (documentId === null) {
      report.warnings.push(`this ${document && document.kind !== 'text' ? 'file' : 'text'} was loaded before: nothing changed`);
      return await audited(m, by, report, await storedDocument(m, sha256(normalised), document), []);
    }
    const state: LoadState = {
      documentId,
      lines,
      pageOf,
      perStatement: await mayTurnRowTriggersOff(m),
      directory: new LoadDirectory(),
      changes: [],
      eventIds: new Set(),
      written: [],
      timer,
    };
    let found = false;
    for (let batch = await batches.next(); batch !== null; batch = await batches.next()) {
      found ||= batch.notices.length > 0;
      await writeBatch(m, state, batch, report);
    }
    // Nothing is kept of a text without notices: the transaction is rolled back.
    if (!found) throw new IngestInputError(filename, 'contains no appointment or removal notice');
    report.loaded = true;
    await writeTenuresOf(m, state);
    return await audited(m, by, report, newDocument(documentId, sha256(normalised), document), state.written);
  } finally {
    batches.stop();
    timer.mark('commit');
    timer.report(filename ?? 'input');
  }
}

/** One batch of notices: the new ones, their unread lines, people, posts and events. */
async function writeBatch(m: EntityManager, state: LoadState, batch: ParseResult, report: IngestReport): Promise<void> {
  const { timer } = state;
  const hashes = batch.notices.map((n) => noticeTextHash(state.lines, n.source.startLine, n.source.endLine));
  const noticeIds = await insertNotices(m, state.documentId, batch.notices, state.lines, hashes);
  timer.mark('notices');
  const skipped = [...batch.notices.keys()].filter((i) => !noticeIds.has(i));
  const known = await knownNotices(m, skipped.map((i) => batch.notices[i]), skipped.map((i) => hashes[i]));
  skipped.forEach((i, k) => report.warnings.push(`${describe(batch.notices[i])} ${knownAs(known[k])}: skipped`));
  report.noticesAlreadyKnown += skipped.length;
  const fresh = batch.notices.filter((_n, i) => noticeIds.has(i));
  for (const notice of fresh) {
    if (notice.date === null && notice.events.some((e) => e.effectiveOn === null)) {
      report.warnings.push(`${describe(notice)} states no date: its events are kept but place no one in a post`);
    }
  }
  report.notices += fresh.length;
  batch.notices.forEach((n, i) => {
    // The key /notice/<key> addresses: the number, or the start of the text's hash (noticeKeySql).
    if (noticeIds.has(i)) state.written.push({ key: n.docNumber ?? hashes[i].slice(0, 16), docNumber: n.docNumber, issuer: n.issuer });
  });
  report.events += fresh.reduce((sum, n) => sum + n.events.length, 0);
  report.unparsedLines += batch.unparsed.length;
  await insertUnparsed(m, state.documentId, batch.unparsed, state.pageOf);
  const records = eventRecords(batch.notices, noticeIds, state.pageOf);
  if (records.length === 0) return;
  // Known people are locked as they are looked up; new ones are this transaction's own.
  const people = records.map((r) => ({ jurisdiction: r.jurisdiction, name: r.event.person }));
  const newPosts = await state.directory.ensure(m, people, records.map((r) => r.post));
  timer.mark('people+posts');
  const ids = await reserveIds(m, 'events_id_seq', records.length);
  if (state.perStatement) {
    // The events' references: notices are this load's, people this load's or locked, posts locked here.
    await lockReferenced(m, 'posts', newPosts, 'an event\'s post_id');
    await rowTriggersOff(m);
  }
  await insertEvents(m, records, ids, state.directory);
  if (state.perStatement) await rowTriggersOn(m);
  for (const e of changeEvents(records, ids, state.directory)) state.changes.push(e);
  for (const id of ids) state.eventIds.add(id);
  timer.mark('events');
}

/** The load's audit entry, written last in its transaction; the report carries its id. */
async function audited(m: EntityManager, by: LoadAuthor, report: IngestReport, document: LoadedDocument | null, written: WrittenNotice[]): Promise<IngestReport> {
  report.auditId = await writeLoadAudit(m, by, report, document, written);
  return report;
}

/**
 * Re-derives the tenures of every post the load named, from their events before this document
 * and this document's own (held here, not read back), once all of them are written.
 */
async function writeTenuresOf(m: EntityManager, state: LoadState): Promise<void> {
  const { timer } = state;
  if (state.changes.length === 0 && state.directory.posts.size === 0) return;
  const locked = await lockPosts(m, [...new Set(state.directory.posts.values())], state.documentId);
  timer.mark('tenures.lock+read');
  const changes = deriveChanges(locked, state.changes);
  timer.mark('tenures.derive');
  if (state.perStatement) {
    await lockTenureReferences(m, changes, state.eventIds, new Set(state.directory.people.values()));
    timer.mark('tenures.references');
    await rowTriggersOff(m);
  }
  await writeTenures(m, changes, timer);
  if (state.perStatement) await rowTriggersOn(m);
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

/**
 * The page of a 1-based line of the text: from the document's line pages, null without a document.
 * Pages that do not match the text's lines are a caller's mistake, refused before anything is written.
 */
function linePageLookup(text: string, document: IngestDocument | null): (line: number) => number | null {
  if (document === null) return () => null;
  let lineCount = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCount++;
  const pages = document.linePages;
  if (pages.length !== lineCount) throw new Error(`document.linePages has ${pages.length} entries for a text of ${lineCount} lines`);
  return (line) => pages[line - 1] ?? null;
}
