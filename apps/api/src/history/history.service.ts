import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { organizationIdsNamed, postIdsNamed } from '../graphql/name-lookup.sql';
import { believedAt, momentParam } from '../graphql/system-time.util';
import { EventModel, EventType } from './event.model';

export interface HistoryFilter {
  person?: string | null;
  position?: string | null;
  organization?: string | null;
  /** Only these event ids (a notice's events). */
  noticeId?: string | null;
  /** As the database knew things at this moment; now if absent. */
  knownAt?: Date | null;
}

interface Row {
  id: string;
  type: EventType;
  effective_on: string | null;
  person_id: string;
  post_id: string;
  inferred: boolean;
  probation_months: number | null;
  rank: string | null;
  precedence_after: string | null;
  source_event: string;
  recorded_at: Date;
}

/**
 * The change log as people read it: stated events and inferred ends together, oldest first. The
 * order is by date, then as the documents order the day (an issuer's series by number, then the
 * notice's text; within a notice the clause, an inferred end just before the appointment that
 * implied it) — never by load order.
 */
@Injectable()
export class HistoryService {
  constructor(private readonly ds: DataSource) {}

  async page(filter: HistoryFilter, offset: number, limit: number): Promise<{ rows: EventModel[]; total: number }> {
    const { sql, params } = historySql(filter);
    const [rows, count]: [Row[], { n: string }[]] = await Promise.all([
      this.ds.query(`${sql} ORDER BY effective_on NULLS LAST, o_series COLLATE "C" NULLS LAST, o_number NULLS LAST, o_hash, o_ordinal, o_kind, id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`, [...params, offset, limit]),
      this.ds.query(`SELECT count(*) AS n FROM (${sql}) h`, params),
    ]);
    return { rows: rows.map(toModel), total: Number(count[0].n) };
  }
}

function historySql(f: HistoryFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const moment = momentParam(f.knownAt, params);
  const onEvent: string[] = [believedAt('e', moment)];
  const onTenure: string[] = [believedAt('t', moment)];
  const add = (value: unknown, eventCond: (p: string) => string, tenureCond: (p: string) => string) => {
    params.push(value);
    onEvent.push(eventCond(`$${params.length}`));
    onTenure.push(tenureCond(`$${params.length}`));
  };
  if (f.person) add(f.person, (p) => `e.person_id IN (SELECT id FROM people WHERE name = ${p})`, (p) => `t.person_id IN (SELECT id FROM people WHERE name = ${p})`);
  if (f.position) add(f.position, (p) => `e.post_id IN ${postIdsNamed(p)}`, (p) => `t.post_id IN ${postIdsNamed(p)}`);
  if (f.organization) {
    const inOrg = (col: string, p: string) => `${col} IN (SELECT id FROM posts WHERE organization_id IN ${organizationIdsNamed(p)})`;
    add(f.organization, (p) => inOrg('e.post_id', p), (p) => inOrg('t.post_id', p));
  }
  if (f.noticeId) add(f.noticeId, (p) => `e.notice_id = ${p}::bigint`, (p) => `ce.notice_id = ${p}::bigint`);
  const where = (conds: string[]) => (conds.length ? ` AND ${conds.join(' AND ')}` : '');
  const sql = `
    SELECT e.lineage_id::text AS id, upper(e.type) AS type, e.effective_on::text AS effective_on, e.person_id::text,
           e.post_id::text, false AS inferred, e.probation_months, e.rank, e.precedence_after,
           e.id::text AS source_event, e.recorded_at,
           n.series AS o_series, n.series_number AS o_number, n.text_hash AS o_hash, e.ordinal AS o_ordinal, 1 AS o_kind
      FROM events e JOIN notices n ON n.id = e.notice_id
     WHERE true${where(onEvent)}
    UNION ALL
    SELECT 'inferred-' || t.closed_by || '-' || t.person_id, 'INFERRED_END', t.end_on::text, t.person_id::text,
           t.post_id::text, true, NULL, NULL, NULL, t.closed_by::text, t.recorded_at,
           n.series, n.series_number, n.text_hash, ce.ordinal, 0
      FROM tenures t JOIN events ce ON ce.id = t.closed_by JOIN notices n ON n.id = ce.notice_id
     WHERE t.end_inferred${where(onTenure)}`;
  return { sql: `SELECT * FROM (${sql}) h`, params };
}

function toModel(r: Row): EventModel {
  const m = new EventModel();
  Object.assign(m, {
    id: r.id,
    type: r.type,
    effectiveOn: r.effective_on,
    inferred: r.inferred,
    probationMonths: r.probation_months,
    rank: r.rank,
    precedenceAfter: r.precedence_after,
    recordedAt: r.recorded_at,
    personId: r.person_id,
    postId: r.post_id,
    sourceEventId: r.source_event,
  });
  return m;
}
