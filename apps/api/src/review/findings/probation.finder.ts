import { PROBATION_GRACE_DAYS, ProbationTenure, addDays, unconfirmedProbations } from '@renmian/tenure-rules';
import { chineseDate } from '../../common/labels.util';
import { ReviewItemModel, ReviewKind } from '../review-item.model';
import { Queryable, reviewItem } from './review-item.factory';

interface Row extends ProbationTenure {
  person: string;
  post: string;
  organization: string;
}

/**
 * PROBATION_ENDED_UNCONFIRMED (unconfirmedProbations in libs/tenure-rules) as of `today`: the
 * probation index finds the open tenures whose probation ended before the grace period (read with
 * the names the finding shows), and only their people's appointments to the same posts are read
 * besides.
 */
export async function findUnconfirmedProbations(m: Queryable, today: string): Promise<ReviewItemModel[]> {
  const rows: Row[] = await m.query(
    `SELECT t.person_id::text AS "personId", t.post_id::text AS "postId", t.start_on::text AS start, t.end_on::text AS "end",
            t.probation_end::text AS "probationEnd", t.opened_by::text AS "openedBy", p.name AS person, po.name AS post, o.name AS organization
       FROM tenures t JOIN people p ON p.id = t.person_id JOIN posts po ON po.id = t.post_id JOIN organizations o ON o.id = po.organization_id
      WHERE t.superseded_at IS NULL AND t.probation_end IS NOT NULL AND t.probation_end < $1::date AND upper_inf(t.valid) AND t.start_known
      ORDER BY t.post_id, t.person_id`,
    [addDays(today, -PROBATION_GRACE_DAYS)],
  );
  if (rows.length === 0) return [];
  const later: { personId: string; postId: string; on: string }[] = await m.query(
    `SELECT e.person_id::text AS "personId", e.post_id::text AS "postId", e.effective_on::text AS "on"
       FROM events e JOIN unnest($1::bigint[], $2::bigint[]) AS t(person_id, post_id) ON e.person_id = t.person_id AND e.post_id = t.post_id
      WHERE e.superseded_at IS NULL AND e.type = 'appoint' AND e.effective_on IS NOT NULL`,
    [rows.map((t) => t.personId), rows.map((t) => t.postId)],
  );
  return unconfirmedProbations(rows, later, today).map(({ tenure, daysSince }) => {
    const t = tenure as Row;
    return reviewItem({
      id: `probation:${t.postId}:${t.personId}:${t.start}`,
      kind: ReviewKind.PROBATION_ENDED_UNCONFIRMED,
      summary:
        `${t.person}任${t.post}的试用期已于${chineseDate(t.probationEnd)}届满（已过${daysSince}天），仍在任，` +
        `尚无试用期满正式任职或免职的通知：请核实是否已作决定，并载入相应通知。`,
      evidence: [`${chineseDate(t.start)}任命`, `试用期至${chineseDate(t.probationEnd)}`, `今天：${chineseDate(today)}`],
      sourceEvents: [t.openedBy],
      refs: { people: [{ id: t.personId, name: t.person }], post: { name: t.post, organization: t.organization } },
    });
  });
}
