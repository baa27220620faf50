import type { EventRecord, Queryable, ReadFilter, TenureRecord } from './export.types';

interface TenureRow {
  person_id: string;
  person: string;
  jurisdiction: string;
  post_id: string;
  post: string;
  title: string;
  organization_id: string;
  organization: string;
  start: string | null;
  end: string | null;
  end_reason: TenureRecord['endReason'];
  end_inferred: boolean;
  probation_end: string | null;
  notice_key: string | null;
  doc_number: string | null;
  issuer: string | null;
  notice_title: string | null;
  signed_on: string | null;
}

/**
 * A notice's stable key in SQL: its document number, or the start of its text's hash when it has
 * none. The web page's /notice/<key> addresses are made of it.
 */
export function noticeKeySql(alias: string): string {
  return `coalesce(${alias}.doc_number, left(${alias}.text_hash, 16))`;
}

/** The conditions and parameters of a filter, on the columns of `alias`. */
function narrowing(filter: ReadFilter, alias: string, dayCondition: (param: string) => string): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const conds: string[] = [];
  if (filter.asOf) {
    params.push(filter.asOf);
    conds.push(dayCondition(`$${params.length}::date`));
  }
  if (filter.personIds) {
    params.push(filter.personIds);
    conds.push(`${alias}.person_id = ANY($${params.length}::bigint[])`);
  }
  return { where: conds.map((c) => ` AND ${c}`).join(''), params };
}

/**
 * The tenures believed now; with `asOf`, only those held on that day. Ordered by organisation, post
 * and start so that two exports of the same data are byte for byte the same.
 */
export async function readTenures(db: Queryable, filter: ReadFilter = {}): Promise<TenureRecord[]> {
  const { where, params } = narrowing(filter, 't', (day) => `t.valid @> ${day}`);
  const rows = (await db.query(
    `SELECT t.person_id::text, pe.name AS person, pe.jurisdiction, t.post_id::text, po.name AS post, po.title,
            t.organization_id::text, o.name AS organization,
            t.start_on::text AS start, t.end_on::text AS "end", t.end_reason, t.end_inferred,
            t.probation_end::text, ${noticeKeySql('n')} AS notice_key, n.doc_number, n.issuer, n.title AS notice_title, n.signed_on::text
       FROM tenures t
       JOIN people pe ON pe.id = t.person_id
       JOIN posts po ON po.id = t.post_id
       JOIN organizations o ON o.id = t.organization_id
       LEFT JOIN events e ON e.id = coalesce(t.opened_by, t.closed_by)
       LEFT JOIN notices n ON n.id = e.notice_id
      WHERE t.superseded_at IS NULL${where}
      ORDER BY o.name, po.name, t.start_on NULLS FIRST, pe.name, t.person_id`,
    params,
  )) as TenureRow[];
  return rows.map((r) => ({
    personId: r.person_id,
    person: r.person,
    jurisdiction: r.jurisdiction,
    postId: r.post_id,
    post: r.post,
    title: r.title,
    organizationId: r.organization_id,
    organization: r.organization,
    start: r.start,
    end: r.end,
    endReason: r.end_reason,
    endInferred: r.end_inferred,
    probationEnd: r.probation_end,
    source: r.notice_key ? { key: r.notice_key, docNumber: r.doc_number, issuer: r.issuer, title: r.notice_title, signedOn: r.signed_on } : null,
  }));
}

/** Stated events (kind 1) and inferred ends (kind 0, placed just before the appointment that implies them). */
const CHANGE_LOG = `
  SELECT e.lineage_id::text AS id, upper(e.type) AS type, e.effective_on, e.person_id, e.post_id, e.probation_months,
         e.rank, e.precedence_after, e.notice_id, e.source_line, e.source_text, e.ordinal, 1 AS kind
    FROM events e WHERE e.superseded_at IS NULL
  UNION ALL
  SELECT 'inferred-' || t.closed_by || '-' || t.person_id, 'INFERRED_END', t.end_on, t.person_id, t.post_id, NULL,
         NULL, NULL, ce.notice_id, ce.source_line, ce.source_text, ce.ordinal, 0
    FROM tenures t JOIN events ce ON ce.id = t.closed_by
   WHERE t.end_inferred AND t.superseded_at IS NULL`;

interface EventRow {
  id: string;
  type: EventRecord['type'];
  effective_on: string | null;
  person_id: string;
  person: string;
  jurisdiction: string;
  post_id: string;
  post: string;
  organization: string;
  probation_months: number | null;
  rank: string | null;
  precedence_after: string | null;
  notice_key: string;
  doc_number: string | null;
  issuer: string | null;
  title: string | null;
  signed_on: string | null;
  source_line: number;
  source_text: string;
}

/**
 * The change log believed now — stated events and inferred ends, each with its notice and line —
 * oldest first; with `asOf`, only what took effect by that day. An inferred end cites the
 * appointment it was inferred from.
 */
export async function readEvents(db: Queryable, filter: ReadFilter = {}): Promise<EventRecord[]> {
  const { where, params } = narrowing(filter, 'h', (day) => `h.effective_on <= ${day}`);
  const rows = (await db.query(
    `SELECT h.id, h.type, h.effective_on::text, h.person_id::text, pe.name AS person, pe.jurisdiction, h.post_id::text,
            po.name AS post, o.name AS organization, h.probation_months, h.rank, h.precedence_after,
            ${noticeKeySql('n')} AS notice_key, n.doc_number, n.issuer, n.title, n.signed_on::text,
            h.source_line, h.source_text
       FROM (${CHANGE_LOG}) h
       JOIN people pe ON pe.id = h.person_id
       JOIN posts po ON po.id = h.post_id
       JOIN organizations o ON o.id = po.organization_id
       JOIN notices n ON n.id = h.notice_id
      WHERE true${where}
      ORDER BY h.effective_on NULLS LAST, n.series COLLATE "C" NULLS LAST, n.series_number NULLS LAST, n.text_hash, h.ordinal, h.kind, h.id`,
    params,
  )) as EventRow[];
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    inferred: r.type === 'INFERRED_END',
    effectiveOn: r.effective_on,
    personId: r.person_id,
    person: r.person,
    jurisdiction: r.jurisdiction,
    postId: r.post_id,
    post: r.post,
    organization: r.organization,
    probationMonths: r.probation_months,
    rank: r.rank,
    precedenceAfter: r.precedence_after,
    notice: { key: r.notice_key, docNumber: r.doc_number, issuer: r.issuer, title: r.title, signedOn: r.signed_on },
    source: { line: r.source_line, text: r.source_text },
  }));
}
