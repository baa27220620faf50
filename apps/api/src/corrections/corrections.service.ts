import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@renmian/access';
import { returnedRows } from '@renmian/database';
import { ensurePeople, ensurePosts, personKey, refreshTenures } from '@renmian/ingestion';
import { UserInputError } from '../graphql/user-input.error';
import { writeAudit } from './audit.writer';
import { conflict, notFound } from './correction.errors';
import { EventVersion, lockCurrent, supersedeWith, systemNow } from './event-versions';

export interface EventCorrectionInput {
  person?: string | null;
  position?: string | null;
  type?: EventVersion['type'] | null;
  effectiveOn?: string | null;
  probationMonths?: number | null;
  rank?: string | null;
}

/** The advisory lock key corrections take in turn: an arbitrary constant, 0x72656e6d69616e01 ("renmian" in ASCII, then 1). */
const CORRECTIONS_LOCK = '8243116109170044417';

/** What proposed a merge, when something did: the review item a person accepted. */
export interface MergeOrigin {
  reviewItem: string;
}

/**
 * Corrections keep what was believed before: rows are superseded, never deleted; each correction
 * re-derives the tenures it touches and writes one audit entry, all in one transaction.
 *
 * Lock order (docs/decisions.md, decision 20), shared with loads (libs/ingestion) so that neither
 * waits for the other in a circle and PostgreSQL never aborts one as a deadlock:
 * - Rows a load refers to (organisations, people, notices, events, posts) are locked FOR NO KEY
 *   UPDATE, never FOR UPDATE: no correction changes a key or deletes a row, and NO KEY UPDATE does
 *   not conflict with the KEY SHARE a load takes on what its rows refer to (its foreign-key checks,
 *   or lockReferenced). So a load never waits for a correction's lock on those rows.
 * - Posts are the one lock loads and corrections both take exclusively: each takes every post it
 *   will re-derive in one statement, in id order (lockPosts), as loads do, and locks no other post
 *   afterwards. Two transactions ordering one set of rows the same way wait in turn, never in a circle.
 * - Before the posts: organisations (merges), people (merges, splits), notices, events — what a
 *   correction changes, each in id order.
 * - First of all, the corrections' advisory lock (inTurn): corrections run one at a time, so the
 *   order among their own locks (events then posts, or a merge's posts then events) cannot matter.
 */
@Injectable()
export class CorrectionsService {
  constructor(private readonly ds: DataSource) {}

  /**
   * One correction at a time: each takes this transaction-scoped advisory lock first. Corrections
   * lock events before posts (they learn the posts from the events) but a merge of organisations
   * locks posts before their events, so two corrections could otherwise wait on each other.
   * Corrections are people's work, a few a minute; loads do not take this lock.
   */
  private inTurn<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [CORRECTIONS_LOCK]);
      return work(m);
    });
  }

  async retractNotice(actor: Actor, docNumber: string, reason: string): Promise<string> {
    return this.inTurn(async (m) => {
      const notices: { id: string; issuer: string | null; title: string | null }[] = await m.query(
        'SELECT id::text, issuer, title FROM notices WHERE doc_number = $1 AND retracted_at IS NULL ORDER BY id FOR NO KEY UPDATE',
        [docNumber],
      );
      if (notices.length === 0) throw notFound(`a counting notice ${docNumber}`);
      const at = await systemNow(m);
      const ids = notices.map((n) => n.id);
      await m.query('UPDATE notices SET retracted_at = $2, retraction_reason = $3 WHERE id = ANY($1::bigint[])', [ids, at, reason]);
      const events = returnedRows<{ lineage_id: string; post_id: string }>(
        await m.query(
          'UPDATE events SET superseded_at = $2 WHERE notice_id = ANY($1::bigint[]) AND superseded_at IS NULL RETURNING lineage_id::text, post_id::text',
          [ids, at],
        ),
      );
      await refreshTenures(m, unique(events.map((e) => e.post_id)));
      return writeAudit(m, {
        actor: actor.name,
        action: 'retractNotice',
        reason,
        before: { docNumber, notices: notices, events: events.map((e) => e.lineage_id) },
        after: { docNumber, retractedAt: at },
      });
    });
  }

  /**
   * `expectedVersion`, when given, is the version the caller saw (a form opened a while ago): if
   * another correction has replaced it since, this one lost the race and is refused with CONFLICT
   * rather than applied on top of a change its author never saw. Without it, the version current
   * when the request came is the one expected: a correction made while this one waited its turn
   * (inTurn) wins, and this one is refused, as two simultaneous corrections always were.
   */
  async correctEvent(actor: Actor, lineageId: string, input: EventCorrectionInput, reason: string, expectedVersion?: string): Promise<string> {
    const seen = expectedVersion ?? (await currentVersionId(this.ds, lineageId));
    return this.inTurn(async (m) => {
      const [current] = await lockCurrent(m, [lineageId]);
      if (!current) throw (await lineageExists(m, lineageId)) ? conflict(`event ${lineageId}`) : notFound(`event ${lineageId}`);
      if (seen !== undefined && current.id !== seen) throw conflict(`event ${lineageId}`);
      const next = await resolveCorrection(m, current, input);
      const at = await systemNow(m);
      if ((await supersedeWith(m, current, next, at)) === null) throw conflict(`event ${lineageId}`);
      await refreshTenures(m, unique([current.post_id, next.post_id ?? current.post_id]));
      return writeAudit(m, { actor: actor.name, action: 'correctEvent', reason, before: current, after: { ...current, ...next } });
    });
  }

  /** `origin` names what proposed the merge (a review item accepted); it is kept in the audit entry. */
  async mergePeople(actor: Actor, ids: string[], reason: string, origin?: MergeOrigin): Promise<string> {
    if (unique(ids).length < 2) throw new UserInputError('ids', 'name at least two different people');
    return this.inTurn(async (m) => {
      const people: { id: string; name: string; jurisdiction: string; merged_into: string | null }[] = await m.query(
        'SELECT id::text, name, jurisdiction, merged_into::text FROM people WHERE id = ANY($1::bigint[]) ORDER BY id FOR NO KEY UPDATE',
        [unique(ids)],
      );
      if (people.length !== unique(ids).length) throw notFound(`person ${unique(ids).find((id) => !people.some((p) => p.id === id))}`);
      if (people.some((p) => p.merged_into !== null)) throw new UserInputError('ids', 'a person here was merged into another already');
      const [survivor, ...others] = people;
      const moved = await repointEvents(m, 'person_id', others.map((p) => p.id), survivor.id);
      await m.query('UPDATE people SET merged_into = $2 WHERE id = ANY($1::bigint[])', [others.map((p) => p.id), survivor.id]);
      return writeAudit(m, { actor: actor.name, action: 'mergePeople', reason, before: { people }, after: { into: survivor.id, events: moved, ...origin } });
    });
  }

  async splitPerson(actor: Actor, personId: string, eventIds: string[], reason: string): Promise<{ auditId: string; newPersonId: string }> {
    if (eventIds.length === 0) throw new UserInputError('eventIds', 'name at least one event to move to the new person');
    return this.inTurn(async (m) => {
      const [person]: { id: string; name: string; jurisdiction: string }[] = await m.query(
        'SELECT id::text, name, jurisdiction FROM people WHERE id = $1 AND merged_into IS NULL FOR NO KEY UPDATE',
        [personId],
      );
      if (!person) throw notFound(`person ${personId}`);
      const versions = await lockCurrent(m, unique(eventIds));
      const strangers = unique(eventIds).filter((id) => !versions.some((v) => v.lineage_id === id && v.person_id === personId));
      if (strangers.length > 0) throw new UserInputError('eventIds', `events ${strangers.join(', ')} are not current events of person ${personId}`);
      const [{ id: newPersonId }]: { id: string }[] = await m.query(
        `INSERT INTO people (name, jurisdiction, disambiguator)
         SELECT $1, $2, coalesce(max(disambiguator), 0) + 1 FROM people WHERE name = $1 AND jurisdiction = $2 RETURNING id::text`,
        [person.name, person.jurisdiction],
      );
      const at = await systemNow(m);
      for (const v of versions) if ((await supersedeWith(m, v, { person_id: newPersonId }, at)) === null) throw conflict(`event ${v.lineage_id}`);
      await refreshTenures(m, unique(versions.map((v) => v.post_id)));
      const auditId = await writeAudit(m, {
        actor: actor.name,
        action: 'splitPerson',
        reason,
        before: { person, events: versions.map((v) => v.lineage_id) },
        after: { person, newPersonId, events: versions.map((v) => v.lineage_id) },
      });
      return { auditId, newPersonId };
    });
  }

  /** Lock order: the organisations, then all their posts in one statement, both in id order (see the class comment). */
  async mergeOrganizations(actor: Actor, ids: string[], reason: string, origin?: MergeOrigin): Promise<string> {
    if (unique(ids).length < 2) throw new UserInputError('ids', 'name at least two different organizations');
    return this.inTurn(async (m) => {
      const orgs: { id: string; name: string; merged_into: string | null }[] = await m.query(
        'SELECT id::text, name, merged_into::text FROM organizations WHERE id = ANY($1::bigint[]) ORDER BY id FOR NO KEY UPDATE',
        [unique(ids)],
      );
      if (orgs.length !== unique(ids).length) throw notFound(`organization ${unique(ids).find((id) => !orgs.some((o) => o.id === id))}`);
      if (orgs.some((o) => o.merged_into !== null)) throw new UserInputError('ids', 'an organization here was merged into another already');
      const [survivor, ...others] = orgs;
      const otherIds = others.map((o) => o.id);
      // Both names stay findable: each merged name becomes an alias of the survivor.
      await m.query(
        `INSERT INTO organization_aliases (name, organization_id) SELECT name, $2 FROM organizations WHERE id = ANY($1::bigint[])
         ON CONFLICT (name) DO UPDATE SET organization_id = EXCLUDED.organization_id`,
        [otherIds, survivor.id],
      );
      await m.query('UPDATE organizations SET merged_into = $2 WHERE id = ANY($1::bigint[])', [otherIds, survivor.id]);
      const posts = await mergePostsInto(m, otherIds, survivor.id);
      return writeAudit(m, {
        actor: actor.name,
        action: 'mergeOrganizations',
        reason,
        before: { organizations: orgs },
        after: { into: survivor.id, posts, ...origin },
      });
    });
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The id of the lineage's believed version now, unlocked; undefined when it has none. */
async function currentVersionId(ds: DataSource, lineageId: string): Promise<string | undefined> {
  const rows: { id: string }[] = await ds.query('SELECT id::text FROM events WHERE lineage_id = $1 AND superseded_at IS NULL', [lineageId]);
  return rows[0]?.id;
}

async function lineageExists(m: EntityManager, lineageId: string): Promise<boolean> {
  return (await m.query('SELECT 1 FROM events WHERE lineage_id = $1 LIMIT 1', [lineageId])).length > 0;
}

/** Turns the requested changes into column values, finding or creating the named person and post. */
async function resolveCorrection(m: EntityManager, current: EventVersion, input: EventCorrectionInput): Promise<Partial<EventVersion>> {
  const next: Partial<EventVersion> = {};
  if (input.person) {
    const [{ jurisdiction }]: { jurisdiction: string }[] = await m.query('SELECT jurisdiction FROM people WHERE id = $1', [current.person_id]);
    next.person_id = (await ensurePeople(m, [{ jurisdiction, name: input.person }])).get(personKey(jurisdiction, input.person));
  }
  if (input.position) next.post_id = (await ensurePosts(m, [input.position])).get(input.position);
  if (input.type) next.type = input.type;
  if (input.effectiveOn) next.effective_on = input.effectiveOn;
  if (input.probationMonths !== undefined) next.probation_months = input.probationMonths;
  if (input.rank !== undefined) next.rank = input.rank;
  if (Object.keys(next).length === 0) throw new UserInputError('input', 'names no field to change');
  return next;
}

/** New versions of every current event of `from` people or posts, pointing at `to`. */
async function repointEvents(m: EntityManager, column: 'person_id' | 'post_id', from: string[], to: string): Promise<string[]> {
  const lineages: { lineage_id: string }[] = await m.query(
    `SELECT lineage_id::text FROM events WHERE ${column} = ANY($1::bigint[]) AND superseded_at IS NULL`,
    [from],
  );
  const versions = await lockCurrent(m, lineages.map((l) => l.lineage_id));
  const at = await systemNow(m);
  for (const v of versions) if ((await supersedeWith(m, v, { [column]: to }, at)) === null) throw conflict(`event ${v.lineage_id}`);
  await refreshTenures(m, unique([...versions.map((v) => v.post_id), ...(column === 'post_id' ? [to] : [])]));
  return versions.map((v) => v.lineage_id);
}

/**
 * Posts of merged organisations: one with the same title as a survivor's post is merged into it
 * (its events move); any other moves to the survivor under its own name.
 *
 * The posts of all the organisations, the survivor's included (a twin's tenures are re-derived),
 * are locked here in one statement in id order, before any of them is re-derived: the lock order
 * every load and correction keeps. Locking each twin as its turn came (as this did before) took
 * posts out of order, and a load holding one of them waited for the merge as the merge waited for it.
 */
async function mergePostsInto(m: EntityManager, orgIds: string[], survivorId: string): Promise<{ post: string; into: string | null }[]> {
  const locked: { id: string; organization_id: string; title: string }[] = await m.query(
    `SELECT id::text, organization_id::text, title FROM posts
      WHERE (organization_id = ANY($1::bigint[]) OR organization_id = $2) AND merged_into IS NULL ORDER BY id FOR NO KEY UPDATE`,
    [orgIds, survivorId],
  );
  const twins = new Map<string, string>();
  for (const s of locked) if (s.organization_id === survivorId && !twins.has(s.title)) twins.set(s.title, s.id);
  const posts = locked.filter((p) => p.organization_id !== survivorId).map((p) => ({ id: p.id, twin: twins.get(p.title) ?? null }));
  for (const p of posts) {
    if (p.twin) {
      await repointEvents(m, 'post_id', [p.id], p.twin);
      await m.query('UPDATE posts SET merged_into = $2 WHERE id = $1', [p.id, p.twin]);
    } else {
      await m.query('UPDATE posts SET organization_id = $2 WHERE id = $1', [p.id, survivorId]);
      await m.query('UPDATE tenures SET organization_id = $2 WHERE post_id = $1 AND superseded_at IS NULL', [p.id, survivorId]);
    }
  }
  return posts.map((p) => ({ post: p.id, into: p.twin }));
}
