import type { EntityManager } from 'typeorm';
import { ChangeEvent, SeatKind, derivePostTenures } from '@renmian/tenure-rules';

/**
 * Re-derives the tenures of the given posts from all of their dated events, inside the caller's
 * transaction. The posts are locked first so that two loads touching one post derive in turn, each
 * seeing the other's committed events.
 */
export async function refreshTenures(manager: EntityManager, postIds: string[]): Promise<number> {
  if (postIds.length === 0) return 0;
  const posts: { id: string; seat_kind: SeatKind; organization_id: string }[] = await manager.query(
    'SELECT id, seat_kind, organization_id FROM posts WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE',
    [postIds],
  );
  const rows: EventRow[] = await manager.query(
    `SELECT e.id, e.type, e.person_id, e.post_id, e.effective_on::text AS effective_on, e.probation_months,
            n.text_hash, e.ordinal
       FROM events e JOIN notices n ON n.id = e.notice_id
      WHERE e.post_id = ANY($1::bigint[]) AND e.effective_on IS NOT NULL`,
    [postIds],
  );
  const byPost = new Map<string, ChangeEvent[]>();
  for (const r of rows) {
    const list = byPost.get(r.post_id) ?? [];
    // The tiebreak is the notice's content and the clause's place in it: never the load order.
    list.push({
      id: r.id,
      type: r.type,
      personId: r.person_id,
      postId: r.post_id,
      effectiveOn: r.effective_on,
      probationMonths: r.probation_months,
      sequence: `${r.text_hash}/${String(r.ordinal).padStart(6, '0')}`,
    });
    byPost.set(r.post_id, list);
  }
  const cols: TenureColumns = { person: [], post: [], org: [], lower: [], upper: [], reason: [], inferred: [], probation: [], opened: [], closed: [] };
  for (const post of posts) {
    for (const t of derivePostTenures(byPost.get(post.id) ?? [], post.seat_kind)) {
      cols.person.push(t.personId);
      cols.post.push(t.postId);
      cols.org.push(post.organization_id);
      cols.lower.push(t.start);
      cols.upper.push(t.end);
      cols.reason.push(t.endReason);
      cols.inferred.push(t.endInferred);
      cols.probation.push(t.probationEnd);
      cols.opened.push(t.openedBy);
      cols.closed.push(t.closedBy);
    }
  }
  await manager.query('DELETE FROM tenures WHERE post_id = ANY($1::bigint[])', [postIds]);
  if (cols.person.length === 0) return 0;
  await manager.query(
    `INSERT INTO tenures (person_id, post_id, organization_id, valid, start_known, end_reason, end_inferred,
                          probation_end, opened_by, closed_by)
     SELECT person_id, post_id, org_id, daterange(lower_d, upper_d), lower_d IS NOT NULL, reason, inferred,
            probation, opened, closed
       FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::date[], $5::date[], $6::text[], $7::boolean[],
                   $8::date[], $9::bigint[], $10::bigint[])
         AS t(person_id, post_id, org_id, lower_d, upper_d, reason, inferred, probation, opened, closed)`,
    [cols.person, cols.post, cols.org, cols.lower, cols.upper, cols.reason, cols.inferred, cols.probation, cols.opened, cols.closed],
  );
  return cols.person.length;
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
}

interface TenureColumns {
  person: string[];
  post: string[];
  org: string[];
  lower: (string | null)[];
  upper: (string | null)[];
  reason: (string | null)[];
  inferred: boolean[];
  probation: (string | null)[];
  opened: (string | null)[];
  closed: (string | null)[];
}
