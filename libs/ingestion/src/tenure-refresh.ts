import type { EntityManager } from 'typeorm';
import { ChangeEvent, SeatKind, Tenure, derivePostTenures, principalTitle } from '@renmian/tenure-rules';
import { copyRows } from './copy-rows.util';
import { MissingReferenceError } from './bulk-references.util';
import { PhaseTimer } from './phase-timer.util';

/**
 * Re-derives the tenures of the given posts from all of their believed, dated events, inside the
 * caller's transaction. The posts are locked first so that two loads touching one post derive in
 * turn, each seeing the other's committed events. A post whose tenures come out the same keeps its
 * rows; otherwise its believed rows are superseded (not deleted) and the new ones recorded.
 */
export async function refreshTenures(manager: EntityManager, postIds: string[], timer = new PhaseTimer()): Promise<number> {
  const state = await lockPosts(manager, postIds);
  timer.mark('tenures.lock+read');
  const changes = deriveChanges(state, []);
  timer.mark('tenures.derive');
  return writeTenures(manager, changes, timer);
}

/** What a re-derivation starts from: the locked posts, their believed events and their believed tenures. */
export interface PostState {
  posts: { id: string; seat_kind: SeatKind; organization_id: string; title: string }[];
  events: Map<string, ChangeEvent[]>;
  believed: Map<string, string>;
  /** Acting post id → the id of the post it stands in for (both locked). */
  principalOf: Map<string, string>;
}

/** Tenures to record, column by column, and the posts whose believed tenures they replace. */
export interface TenureChanges {
  changed: string[];
  cols: TenureColumns;
}

/**
 * Locks the posts (in id order, so that two transactions wait rather than deadlock) and reads what
 * is believed of them now, leaving out the events of `exceptDocument` — the load's own, which it
 * passes to deriveChanges instead of reading them back.
 *
 * The lock (FOR NO KEY UPDATE) makes every re-derivation of a post wait for the one before it to
 * commit, and each reads the events committed by then: whoever derives last has seen everyone's
 * events. It leaves the post's key alone, so other transactions may still write events naming the
 * post (their foreign-key checks take KEY SHARE); each of them then derives in its turn.
 *
 * Lock order (docs/decisions.md, decision 20): this is the one exclusive lock loads and corrections
 * both take, always in one statement and in id order, and no caller locks another post after it.
 * Everything else a load locks is KEY SHARE, which corrections' FOR NO KEY UPDATE never blocks.
 */
export async function lockPosts(manager: EntityManager, asked: string[], exceptDocument: string | null = null): Promise<PostState> {
  if (asked.length === 0) return { posts: [], events: new Map(), believed: new Map(), principalOf: new Map() };
  const postIds = [...new Set([...asked, ...(await actingPartners(manager, asked))])];
  const posts: PostState['posts'] = await manager.query(
    'SELECT id, seat_kind, organization_id, title FROM posts WHERE id = ANY($1::bigint[]) ORDER BY id FOR NO KEY UPDATE',
    [postIds],
  );
  // Every post asked for must be there: a missing one would silently keep its old tenures.
  if (posts.length !== postIds.length) throw new MissingReferenceError('a tenure\'s post_id', 'posts', postIds.filter((id) => !posts.some((p) => p.id === id)));
  const rows: EventRow[] = await manager.query(
    `SELECT e.id, e.type, e.person_id, e.post_id, e.effective_on::text AS effective_on, e.probation_months,
            n.text_hash, e.ordinal, n.series, n.series_number
       FROM events e JOIN notices n ON n.id = e.notice_id
      WHERE e.post_id = ANY($1::bigint[]) AND e.effective_on IS NOT NULL AND e.superseded_at IS NULL
        AND ($2::bigint IS NULL OR n.document_id <> $2::bigint)`,
    [postIds, exceptDocument],
  );
  const events = new Map<string, ChangeEvent[]>();
  for (const r of rows) {
    addTo(events, {
      id: r.id,
      type: r.type,
      personId: r.person_id,
      postId: r.post_id,
      effectiveOn: r.effective_on,
      probationMonths: r.probation_months,
      sequence: eventSequence(r.text_hash, r.ordinal),
      order: { notice: r.text_hash, series: r.series, number: r.series_number, ordinal: r.ordinal },
    });
  }
  return { posts, events, believed: await currentFingerprints(manager, postIds), principalOf: principals(posts) };
}

/**
 * The acting posts of the posts asked for, and the posts that acting ones stand in for (acting.rule):
 * an appointment to 局长 ends the 代理局长's tenure, so each is derived with the other, under the
 * same locks (taken together, in id order). Found among the posts of the same organisations.
 */
async function actingPartners(manager: EntityManager, postIds: string[]): Promise<string[]> {
  const rows: { id: string; title: string; organization_id: string; asked: boolean }[] = await manager.query(
    `SELECT r.id::text, r.title, r.organization_id::text, r.id = ANY($1::bigint[]) AS asked
       FROM posts r
      WHERE r.merged_into IS NULL AND r.organization_id IN (SELECT organization_id FROM posts WHERE id = ANY($1::bigint[]))`,
    [postIds],
  );
  const key = (org: string, title: string) => `${org}\u0000${title}`;
  const askedActing = new Set<string>();
  const askedTitles = new Set<string>();
  for (const r of rows.filter((x) => x.asked)) {
    const principal = principalTitle(r.title);
    if (principal !== null) askedActing.add(key(r.organization_id, principal));
    else askedTitles.add(key(r.organization_id, r.title));
  }
  return rows
    .filter((r) => !r.asked)
    .filter((r) => {
      const principal = principalTitle(r.title);
      return principal !== null ? askedTitles.has(key(r.organization_id, principal)) : askedActing.has(key(r.organization_id, r.title));
    })
    .map((r) => r.id);
}

/** Each locked acting post's principal post, where that is locked too. */
function principals(posts: PostState['posts']): Map<string, string> {
  const byTitle = new Map(posts.map((p) => [`${p.organization_id}\u0000${p.title}`, p.id]));
  const out = new Map<string, string>();
  for (const p of posts) {
    const principal = principalTitle(p.title);
    const id = principal === null ? undefined : byTitle.get(`${p.organization_id}\u0000${principal}`);
    if (id !== undefined) out.set(p.id, id);
  }
  return out;
}

/** The last tiebreak among same-day events (after NoticeOrder): the notice's content and the clause's place in it, never the load order. */
export function eventSequence(noticeTextHash: string, ordinal: number): string {
  return `${noticeTextHash}/${String(ordinal).padStart(6, '0')}`;
}

/**
 * Derives each locked post's tenures from its events read by lockPosts plus `added` (this load's
 * own events, which lockPosts left out). Nothing is in flight meanwhile: it runs between statements.
 */
export function deriveChanges(state: PostState, added: ChangeEvent[]): TenureChanges {
  const events = new Map([...state.events].map(([post, list]) => [post, [...list]]));
  for (const e of added) addTo(events, e);
  const changed: string[] = [];
  const cols: TenureColumns = { person: [], post: [], org: [], lower: [], bound: [], upper: [], reason: [], inferred: [], probation: [], opened: [], closed: [] };
  for (const post of state.posts) {
    const principal = state.principalOf.get(post.id);
    const derived = derivePostTenures(events.get(post.id) ?? [], post.seat_kind, principal === undefined ? [] : events.get(principal) ?? []);
    if (fingerprint(derived) === (state.believed.get(post.id) ?? '')) continue;
    changed.push(post.id);
    for (const t of derived) {
      cols.person.push(t.personId);
      cols.post.push(t.postId);
      cols.org.push(post.organization_id);
      cols.lower.push(t.start);
      cols.bound.push(t.startBound);
      cols.upper.push(t.end);
      cols.reason.push(t.endReason);
      cols.inferred.push(t.endInferred);
      cols.probation.push(t.probationEnd);
      cols.opened.push(t.openedBy);
      cols.closed.push(t.closedBy);
    }
  }
  return { changed, cols };
}

const TENURE_COLUMNS = [
  'person_id', 'post_id', 'organization_id', 'start_on', 'start_bound', 'end_on', 'start_known', 'end_reason', 'end_inferred',
  'probation_end', 'opened_by', 'closed_by', 'recorded_at',
] as const;

/** Supersedes the believed tenures of the changed posts and records their new ones; returns how many. */
export async function writeTenures(manager: EntityManager, { changed, cols }: TenureChanges, timer = new PhaseTimer()): Promise<number> {
  if (changed.length === 0) return 0;
  // The moment the new derivation replaces the old: read after the post locks were granted, not at
  // the transaction's start, so that it never precedes the rows it supersedes.
  // As text: the full microseconds, so that the new rows' recorded_at is exactly the old rows' superseded_at.
  const [{ at }]: { at: string }[] = await manager.query('SELECT clock_timestamp()::text AS at');
  await manager.query('UPDATE tenures SET superseded_at = $2 WHERE post_id = ANY($1::bigint[]) AND superseded_at IS NULL', [changed, at]);
  timer.mark('tenures.supersede');
  if (cols.person.length === 0) return 0;
  const rows = cols.person.map((person, i) => {
    const lower = cols.lower[i];
    const upper = cols.upper[i];
    return [
      person,
      cols.post[i],
      cols.org[i],
      lower,
      cols.bound[i],
      upper,
      lower !== null,
      cols.reason[i],
      cols.inferred[i],
      cols.probation[i],
      cols.opened[i],
      cols.closed[i],
      at,
    ];
  });
  await copyRows(manager, 'tenures', TENURE_COLUMNS, rows);
  timer.mark('tenures.insert');
  return cols.person.length;
}

function addTo(byPost: Map<string, ChangeEvent[]>, e: ChangeEvent): void {
  const list = byPost.get(e.postId);
  if (list) list.push(e);
  else byPost.set(e.postId, [e]);
}

/** A post's tenures in a canonical text form, to tell whether a re-derivation changed anything. */
function fingerprint(tenures: Tenure[]): string {
  return tenures
    .map((t) => [t.personId, span(t.start, t.end), t.startBound ?? '', t.endReason, t.endInferred, t.probationEnd, t.openedBy, t.closedBy].join('|'))
    .sort()
    .join('\n');
}

/** A tenure that ends the day it starts keeps both dates (start_on, end_on): `[d,d)` is a fact, not nothing. */
function span(start: string | null, end: string | null): string {
  return `${start ?? ''}..${end ?? ''}`;
}

async function currentFingerprints(manager: EntityManager, postIds: string[]): Promise<Map<string, string>> {
  const rows: { post_id: string; person_id: string; lower: string | null; bound: string | null; upper: string | null; end_reason: string | null; end_inferred: boolean; probation_end: string | null; opened_by: string | null; closed_by: string | null }[] =
    await manager.query(
      `SELECT post_id::text, person_id::text, start_on::text AS lower, start_bound::text AS bound, end_on::text AS upper, end_reason, end_inferred,
              probation_end::text, opened_by::text, closed_by::text
         FROM tenures WHERE post_id = ANY($1::bigint[]) AND superseded_at IS NULL`,
      [postIds],
    );
  const byPost = new Map<string, Tenure[]>();
  for (const r of rows) {
    const list = byPost.get(r.post_id) ?? [];
    list.push({
      personId: r.person_id,
      postId: r.post_id,
      start: r.lower,
      startBound: r.bound,
      end: r.upper,
      endReason: r.end_reason as Tenure['endReason'],
      endInferred: r.end_inferred,
      probationEnd: r.probation_end,
      openedBy: r.opened_by,
      closedBy: r.closed_by,
    });
    byPost.set(r.post_id, list);
  }
  return new Map([...byPost].map(([post, list]) => [post, fingerprint(list)]));
}

interface EventRow {
  id: string;
  type: ChangeEvent['type'];
  person_id: string;
  post_id: string;
  effective_on: string;
  probation_months: number | null;
  text_hash: string;
  ordinal: number;
  series: string | null;
  series_number: number | null;
}

interface TenureColumns {
  person: string[];
  post: string[];
  org: string[];
  lower: (string | null)[];
  bound: (string | null)[];
  upper: (string | null)[];
  reason: (string | null)[];
  inferred: boolean[];
  probation: (string | null)[];
  opened: (string | null)[];
  closed: (string | null)[];
}
