import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readRows } from '@renmian/database';
import { noticeKeySql } from '@renmian/exports';
import { principalTitle } from '@renmian/tenure-rules';
import { COLUMNS, FROM, TenureRow } from '../holdings/holdings.service';
import { organizationIdsNamed } from '../graphql/name-lookup.sql';

/** The seat's last holding before the day, with what the pages need beside it. */
export interface VacancyRow extends TenureRow {
  organization_name: string;
  /** The event that ended the last holding: a removal, or for an inferred end the appointment that implied it. */
  closed_by: string | null;
  closed_doc_number: string | null;
  closed_notice_key: string | null;
}

export interface VacancyFound {
  last: VacancyRow;
  /** First day without a holder. */
  since: string;
  /** Someone acting (代理) in the seat on the day, or null. */
  acting: TenureRow | null;
}

/** More vacancies than this across every organisation is a question to narrow, not a page to read. */
export const MAX_VACANCIES = 500;

/**
 * Single seats (seat-kind.rule: 局长, 主任…, not 副局长) with no holder on the day whose records show
 * an earlier holder: a seat never filled in the records is not a vacancy (no notice says it exists
 * empty). Acting posts (代理局长) are not seats of their own here: an acting holder on the day is
 * reported with the vacancy of the seat they stand in for. The last holding is the one that ended
 * last (on a tie, the one that began last: a same-day successor's).
 */
const VACANCIES = `
WITH seats AS (
  SELECT p.id FROM posts p
   WHERE p.seat_kind = 'single' AND p.merged_into IS NULL AND p.title !~ '^(代理|代行)'
     AND ($1::text IS NULL OR p.organization_id IN ${organizationIdsNamed('$1')})
), last AS (
  SELECT DISTINCT ON (t.post_id) t.id FROM tenures t JOIN seats s ON s.id = t.post_id
   WHERE t.superseded_at IS NULL AND t.end_on <= $2::date
   ORDER BY t.post_id, t.end_on DESC, coalesce(t.start_on, t.start_bound) DESC NULLS LAST, t.id DESC
)
SELECT ${COLUMNS}, o.name AS organization_name, t.closed_by::text AS closed_by, cn.doc_number AS closed_doc_number,
       ${noticeKeySql('cn')} AS closed_notice_key
  FROM last l JOIN tenures t ON t.id = l.id JOIN posts p ON p.id = t.post_id JOIN people pe ON pe.id = t.person_id
  JOIN organizations o ON o.id = p.organization_id
  LEFT JOIN events ce ON ce.id = t.closed_by LEFT JOIN notices cn ON cn.id = ce.notice_id
 WHERE NOT EXISTS (SELECT 1 FROM tenures h WHERE h.post_id = t.post_id AND h.superseded_at IS NULL AND h.valid @> $2::date)
 ORDER BY o.name, p.title, p.name
 LIMIT ${MAX_VACANCIES}`;

/** Acting holdings on the day in the organisations given; matched to their seats by title. */
const ACTING_ON = `
SELECT ${COLUMNS} FROM ${FROM}
 WHERE p.organization_id = ANY($1::bigint[]) AND p.merged_into IS NULL AND p.title ~ '^(代理|代行)'
   AND t.valid @> $2::date AND t.superseded_at IS NULL
 ORDER BY t.start_on NULLS FIRST, t.person_id`;

@Injectable()
export class VacanciesService {
  constructor(private readonly ds: DataSource) {}

  /** The vacant single seats on `asOf`, of one organisation (by any of its names) or of all (at most MAX_VACANCIES). */
  async on(asOf: string, organization: string | null): Promise<VacancyFound[]> {
    const rows = await readRows<VacancyRow>(this.ds, VACANCIES, [organization, asOf]);
    if (rows.length === 0) return [];
    const orgIds = [...new Set(rows.map((r) => r.post_organization_id))];
    const acting = await readRows<TenureRow>(this.ds, ACTING_ON, [orgIds, asOf]);
    const actingBySeat = new Map<string, TenureRow>();
    for (const a of acting) actingBySeat.set(`${a.post_organization_id}\u0000${principalTitle(a.post_title)}`, a);
    return rows.map((last) => ({ last, since: last.end_on!, acting: actingBySeat.get(`${last.post_organization_id}\u0000${last.post_title}`) ?? null }));
  }
}
