import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readRows } from '@renmian/database';
import { isActingTitle } from '@renmian/tenure-rules';
import type { PersonModel } from '../common/models/person.model';
import type { PostModel } from '../common/models/post.model';
import { organizationIdsNamed, postIdsNamed } from '../graphql/name-lookup.sql';
import { believed } from '../graphql/system-time.util';
import { EndReason, HoldingModel } from './holding.model';

export interface TenureRow {
  person_id: string;
  post_id: string;
  start_on: string | null;
  start_bound: string | null;
  end_on: string | null;
  start_known: boolean;
  end_reason: EndReason | null;
  end_inferred: boolean;
  probation_end: string | null;
  source_event: string | null;
  person_name: string;
  person_jurisdiction: string;
  person_disambiguator: number;
  post_name: string;
  post_title: string;
  post_organization_id: string;
  post_single_seat: boolean;
}

/**
 * Each holding with its person and post, in the one statement: loading them by id afterwards made
 * three round trips of every question, and on bench:api each round trip cost the service about as
 * much CPU as PostgreSQL spent answering it.
 */
export const COLUMNS = `t.person_id::text, t.post_id::text, t.start_on::text, t.start_bound::text, t.end_on::text, t.start_known, t.end_reason, t.end_inferred,
  t.probation_end::text, coalesce(t.opened_by, t.closed_by)::text AS source_event,
  pe.name AS person_name, pe.jurisdiction AS person_jurisdiction, pe.disambiguator AS person_disambiguator,
  p.name AS post_name, p.title AS post_title, p.organization_id::text AS post_organization_id, p.seat_kind = 'single' AS post_single_seat`;
export const FROM = 'tenures t JOIN posts p ON p.id = t.post_id JOIN people pe ON pe.id = t.person_id';

/**
 * The holders of an organisation's posts on a day ($1 its name, $2 the day; `params` gains the
 * system-time moment when there is one), principal posts first, then by title and start.
 * Exported so that bench:api's bare endpoint runs exactly this statement.
 */
export function organizationHoldersSql(params: unknown[], knownAt: Date | null): string {
  return `SELECT ${COLUMNS} FROM ${FROM}
        WHERE t.organization_id IN ${organizationIdsNamed('$1')} AND t.valid @> $2::date
          AND ${believed('t', knownAt, params)}
        ORDER BY p.seat_kind = 'single' DESC, p.title, t.start_on NULLS FIRST, t.person_id`;
}

/** The as-of questions, answered from the tenures table and its GiST indexes. */
@Injectable()
export class HoldingsService {
  constructor(private readonly ds: DataSource) {}

  async ofPost(post: string, asOf: string, knownAt: Date | null): Promise<HoldingModel[]> {
    const params: unknown[] = [post, asOf];
    const rows = await readRows<TenureRow>(
      this.ds,
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE t.post_id IN ${postIdsNamed('$1')} AND t.valid @> $2::date AND ${believed('t', knownAt, params)}
        ORDER BY t.start_on NULLS FIRST, t.person_id`,
      params,
    );
    return rows.map(toHolding);
  }

  async ofOrganization(organization: string, asOf: string, knownAt: Date | null): Promise<HoldingModel[]> {
    const params: unknown[] = [organization, asOf];
    const sql = organizationHoldersSql(params, knownAt);
    const rows = await readRows<TenureRow>(this.ds, sql, params);
    return rows.map(toHolding);
  }

  /** Probations whose last day falls in [from, to] while the person still holds the post. */
  async probationsEnding(from: string, to: string): Promise<HoldingModel[]> {
    const rows = await readRows<TenureRow>(
      this.ds,
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE t.probation_end BETWEEN $1::date AND $2::date AND t.valid @> t.probation_end AND t.superseded_at IS NULL
        ORDER BY t.probation_end, t.person_id, t.post_id`,
      [from, to],
    );
    return rows.map(toHolding);
  }
}

export function toHolding(r: TenureRow): HoldingModel {
  const person: PersonModel = { id: r.person_id, name: r.person_name, jurisdiction: r.person_jurisdiction, disambiguator: r.person_disambiguator };
  // Post.organization is resolved from organizationId (PostFieldsResolver), not read here.
  const post = { id: r.post_id, name: r.post_name, title: r.post_title, organizationId: r.post_organization_id, singleSeat: r.post_single_seat } as PostModel;
  const h = new HoldingModel();
  Object.assign(h, {
    person,
    post,
    start: r.start_on,
    startKnown: r.start_known,
    startNotBefore: r.start_bound,
    end: r.end_on,
    endReason: r.end_reason,
    endInferred: r.end_inferred,
    acting: isActingTitle(r.post_title),
    probationEnd: r.probation_end,
    sourceEventId: r.source_event,
  });
  return h;
}
