import type { EntityManager } from 'typeorm';
import { SourceRefModel } from '../../common/models/source-ref.model';
import { chineseDate } from '../../common/labels.util';
import { ReviewItemModel, ReviewKind, ReviewRefs, ReviewSeverity } from '../review-item.model';

/** Anything that runs SQL: the DataSource, or a transaction's manager. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * How much each kind of finding weighs: contradictions and overdue decisions first, then records
 * that are probably one thing kept twice, then what is merely worth a look.
 */
export const SEVERITY: Record<ReviewKind, ReviewSeverity> = {
  [ReviewKind.REMOVAL_CONFLICTS_WITH_HOLDER]: ReviewSeverity.HIGH,
  [ReviewKind.PROBATION_ENDED_UNCONFIRMED]: ReviewSeverity.HIGH,
  [ReviewKind.TWO_OPEN_HOLDERS]: ReviewSeverity.HIGH,
  [ReviewKind.SAME_PERSON_ACROSS_ISSUERS]: ReviewSeverity.MEDIUM,
  [ReviewKind.SIMILAR_ORGANIZATIONS]: ReviewSeverity.MEDIUM,
  [ReviewKind.NAME_UNDER_TWO_ISSUERS]: ReviewSeverity.LOW,
  [ReviewKind.UNPARSED_LINE]: ReviewSeverity.LOW,
  [ReviewKind.REMOVAL_WITHOUT_APPOINTMENT]: ReviewSeverity.LOW,
  [ReviewKind.INFERRED_END]: ReviewSeverity.LOW,
};

/** The kinds acceptReviewItem settles, each by merging the two records the finding names. */
export const ACCEPTABLE = new Set([ReviewKind.SAME_PERSON_ACROSS_ISSUERS, ReviewKind.SIMILAR_ORGANIZATIONS]);

export interface ItemFields {
  id: string;
  kind: ReviewKind;
  summary: string;
  evidence: string[];
  /** Events whose lines are the finding's sources (read later, for the items shown). */
  sourceEvents?: (string | null)[];
  /** Sources that are not events' lines (none so far): kept as given. */
  sources?: SourceRefModel[];
  refs?: ReviewRefs;
}

export function reviewItem(f: ItemFields): ReviewItemModel {
  return {
    id: f.id,
    kind: f.kind,
    severity: SEVERITY[f.kind],
    summary: f.summary,
    evidence: f.evidence,
    sources: f.sources ?? [],
    sourceEvents: (f.sourceEvents ?? []).filter((id): id is string => id !== null),
    acceptable: ACCEPTABLE.has(f.kind),
    refs: f.refs ?? {},
  };
}

/** Where each of these events was read: its notice and line, in one query. */
export async function eventSources(m: Queryable, eventIds: readonly (string | null)[]): Promise<Map<string, SourceRefModel>> {
  const ids = [...new Set(eventIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows: (SourceRefModel & { id: string })[] = await m.query(
    `SELECT e.id::text, n.doc_number AS "docNumber", n.issuer, n.signed_on::text AS date, e.source_line AS line, e.source_text AS text
       FROM events e JOIN notices n ON n.id = e.notice_id WHERE e.id = ANY($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map(({ id, ...source }) => [id, source]));
}

/** Fills in the sources of these items from their events' lines, in one query. */
export async function fillSources(m: Queryable, items: readonly ReviewItemModel[]): Promise<void> {
  const found = await eventSources(m, items.flatMap((i) => i.sourceEvents));
  for (const item of items) {
    if (item.sourceEvents.length > 0) item.sources = item.sourceEvents.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }
}

/** A period as a personnel office writes it: 2019年5月1日至2024年3月1日; an unknown start says so. */
export function period(start: string | null, end: string | null): string {
  const from = start ? chineseDate(start) : '任职时间不详';
  return end ? `${from}至${chineseDate(end)}` : `${from}起`;
}

/** Rows of one post, person, issuer or organisation named by id: name lookups in one query each. */
export async function namesById(m: Queryable, table: 'people' | 'posts' | 'organizations', ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await m.query(`SELECT id::text, name FROM ${table} WHERE id = ANY($1::bigint[])`, [unique]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
