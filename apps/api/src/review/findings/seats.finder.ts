import { RemovalConflict, SeatTenure, compareIds, removalConflicts } from '@renmian/tenure-rules';
import { chineseDate } from '../../common/labels.util';
import { ReviewItemModel, ReviewKind } from '../review-item.model';
import { Queryable, namesById, period, reviewItem } from './review-item.factory';

/** `a:b` in id order: how the people findings name a pair of records a suggestion links. */
function pairKey(x: string, y: string): string {
  return compareIds(x, y) < 0 ? `${x}:${y}` : `${y}:${x}`;
}

/**
 * REMOVAL_CONFLICTS_WITH_HOLDER (removalConflicts in libs/tenure-rules): only single seats that
 * have a removal-only tenure and a tenure with a known start are read, so most of the database is
 * never looked at. A conflict between two records a SAME_PERSON_ACROSS_ISSUERS suggestion links
 * (the congress removes from the post the government appointed the same person to) is that
 * suggestion's evidence, not a second finding: accepting it settles both.
 */
export async function findRemovalConflicts(m: Queryable, linked: Set<string>): Promise<ReviewItemModel[]> {
  const rows: SeatTenure[] = await m.query(
    `SELECT t.person_id::text AS "personId", t.post_id::text AS "postId", t.start_on::text AS start, t.end_on::text AS "end",
            t.end_inferred AS "endInferred", t.opened_by::text AS "openedBy", t.closed_by::text AS "closedBy"
       FROM tenures t
      WHERE t.superseded_at IS NULL
        AND t.post_id IN (
          SELECT u.post_id FROM tenures u JOIN posts po ON po.id = u.post_id
           WHERE u.superseded_at IS NULL AND NOT u.start_known AND NOT u.end_inferred AND po.seat_kind = 'single'
             AND EXISTS (SELECT 1 FROM tenures k WHERE k.post_id = u.post_id AND k.superseded_at IS NULL AND k.start_known AND k.person_id <> u.person_id))
      ORDER BY t.post_id, t.id`,
  );
  const conflicts = removalConflicts(rows, () => 'single').filter((c) => !linked.has(pairKey(c.removal.personId, c.holder.personId)));
  if (conflicts.length === 0) return [];
  const [people, posts] = await Promise.all([
    namesById(m, 'people', conflicts.flatMap((c) => [c.removal.personId, c.holder.personId])),
    postsById(m, conflicts.map((c) => c.removal.postId)),
  ]);
  return conflicts.map((c) => conflictItem(c, people, posts));
}

type PostNames = Map<string, { name: string; organization: string }>;

/** Posts by id with their organisation's name, for the desk's links. */
export async function postsById(m: Queryable, ids: readonly string[]): Promise<PostNames> {
  const rows: { id: string; name: string; organization: string }[] = await m.query(
    'SELECT po.id::text, po.name, o.name AS organization FROM posts po JOIN organizations o ON o.id = po.organization_id WHERE po.id = ANY($1::bigint[])',
    [[...new Set(ids)]],
  );
  return new Map(rows.map(({ id, ...post }) => [id, post]));
}

function conflictItem(c: RemovalConflict, people: Map<string, string>, posts: PostNames): ReviewItemModel {
  const removed = people.get(c.removal.personId) ?? '';
  const holder = people.get(c.holder.personId) ?? '';
  const { name: post, organization } = posts.get(c.removal.postId) ?? { name: '', organization: '' };
  return reviewItem({
    id: `removal-conflict:${c.removal.closedBy}:${c.removal.personId}`,
    kind: ReviewKind.REMOVAL_CONFLICTS_WITH_HOLDER,
    summary:
      `通知${chineseDate(c.removal.end)}免去${removed}的${post}职务，但该职只有一人，记录显示${holder}自${chineseDate(c.holder.start)}起担任，` +
      `而没有任命${removed}担任此职的记录：人名、职务或通知可能有误，或缺少一份通知。`,
    evidence: [`${removed}：${post}，${period(null, c.removal.end)}（仅见免职）`, `${holder}：${post}，${period(c.holder.start, c.holder.end)}`],
    sourceEvents: [c.removal.closedBy, c.holder.openedBy],
    refs: { people: [{ id: c.removal.personId, name: removed }, { id: c.holder.personId, name: holder }], post: { name: post, organization } },
  });
}

/**
 * Two appointments to one seat on one day that the documents do not order (two issuers, or no
 * document numbers): the tenure rules keep both rather than pick one, and this asks a person.
 */
function sameDaySummary(r: { post: string; a_name: string; b_name: string; a_from: string }): string {
  return (
    `${r.post}只有一个职位，${chineseDate(r.a_from)}同日有两份通知分别任命${r.a_name}和${r.b_name}，` +
    `文号不能表明先后（不同发文机关或没有文号）：两项任职都已保留，请核实哪一项在后，并更正或补充通知。`
  );
}

/**
 * TWO_OPEN_HOLDERS: two tenures of one single seat that overlap with both starts known — what the
 * tenure rules cannot explain (an unknown start overlapping is a removal, judged above). Pairs of
 * records a SAME_PERSON_ACROSS_ISSUERS suggestion links are left to that suggestion.
 */
export async function findTwoOpenHolders(m: Queryable, linked: Set<string>): Promise<ReviewItemModel[]> {
  const rows: { post_id: string; post: string; organization: string; a: string; b: string; a_name: string; b_name: string; a_from: string; b_from: string; overlap: string; a_event: string; b_event: string }[] =
    await m.query(
      `SELECT po.id::text AS post_id, po.name AS post, o.name AS organization, t1.person_id::text AS a, t2.person_id::text AS b, p1.name AS a_name, p2.name AS b_name,
              t1.start_on::text AS a_from, t2.start_on::text AS b_from, (t1.valid * t2.valid)::text AS overlap,
              t1.opened_by::text AS a_event, t2.opened_by::text AS b_event
         FROM tenures t1 JOIN tenures t2 ON t2.post_id = t1.post_id AND t2.person_id > t1.person_id AND t2.valid && t1.valid
         JOIN posts po ON po.id = t1.post_id JOIN organizations o ON o.id = po.organization_id
         JOIN people p1 ON p1.id = t1.person_id JOIN people p2 ON p2.id = t2.person_id
        WHERE po.seat_kind = 'single' AND t1.superseded_at IS NULL AND t2.superseded_at IS NULL AND t1.start_known AND t2.start_known
        ORDER BY po.id, t1.person_id, t2.person_id`,
    );
  const kept = rows.filter((r) => !linked.has(pairKey(r.a, r.b)));
  return kept.map((r) =>
    reviewItem({
      id: `two-holders:${r.post_id}:${r.a}:${r.b}`,
      kind: ReviewKind.TWO_OPEN_HOLDERS,
      summary: r.a_from === r.b_from ? sameDaySummary(r) : `${r.post}只有一个职位，${r.a_name}（${chineseDate(r.a_from)}任命）与${r.b_name}（${chineseDate(r.b_from)}任命）却同时在任（${r.overlap}）：可能缺少一份免职通知，或有一项需要更正。`,
      evidence: [r.overlap],
      sourceEvents: [r.a_event, r.b_event],
      refs: { people: [{ id: r.a, name: r.a_name }, { id: r.b, name: r.b_name }], post: { name: r.post, organization: r.organization } },
    }),
  );
}
