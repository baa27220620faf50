import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { noticeKeySql } from '@renmian/exports';
import { organizationIdsNamed } from '../../graphql/name-lookup.sql';

/** What every tenure row of the pages carries: who, which post, and how it ran. */
export interface TenureShown {
  personId: string;
  person: string;
  jurisdiction: string;
  disambiguator: number;
  post: string;
  title: string;
  start: string | null;
  end: string | null;
  endReason: string | null;
  endInferred: boolean;
  probationEnd: string | null;
}

/** A tenure as the pages show it: names, dates as stated, and the notice that opened it. */
export interface HolderRow extends TenureShown {
  seatKind: 'single' | 'multi';
  organization: string;
  rank: string | null;
  precedenceAfter: string | null;
  docNumber: string | null;
  noticeKey: string | null;
}

const HOLDER_COLUMNS = `
  t.person_id::text AS "personId", pe.name AS person, pe.jurisdiction, pe.disambiguator, po.name AS post, po.title,
  po.seat_kind AS "seatKind", o.name AS organization, t.start_on::text AS start, t.end_on::text AS "end",
  t.end_reason AS "endReason", t.end_inferred AS "endInferred", t.probation_end::text AS "probationEnd",
  oe.rank, oe.precedence_after AS "precedenceAfter", n.doc_number AS "docNumber",
  ${noticeKeySql('n')} AS "noticeKey"`;

const HOLDER_JOINS = `
  JOIN people pe ON pe.id = t.person_id
  JOIN posts po ON po.id = t.post_id
  JOIN organizations o ON o.id = t.organization_id
  LEFT JOIN events oe ON oe.id = t.opened_by
  LEFT JOIN notices n ON n.id = coalesce(oe.notice_id, (SELECT ce.notice_id FROM events ce WHERE ce.id = t.closed_by))`;

/** A tenure of one of the organisation's posts, for its timeline. */
export interface OrgTenureRow extends TenureShown {
  seatKind: 'single' | 'multi';
  startBound: string | null;
}

export interface OrganizationFound {
  name: string;
  /** The names it is also known by (merged spellings). */
  aliases: string[];
}

/** Who held what on a day, and whose probation ends when. */
@Injectable()
export class HoldersReader {
  constructor(private readonly ds: DataSource) {}

  /** The organisation a typed name stands for (through aliases and merges), or null. */
  async organization(name: string): Promise<OrganizationFound | null> {
    const rows: { name: string; aliases: string[] }[] = await this.ds.query(
      `SELECT o.name, array(SELECT a.name FROM organization_aliases a WHERE a.organization_id = o.id ORDER BY a.name) AS aliases
         FROM organizations o WHERE o.id IN ${organizationIdsNamed('$1')} LIMIT 1`,
      [name],
    );
    return rows[0] ?? null;
  }

  async ofOrganization(name: string, asOf: string): Promise<HolderRow[]> {
    return this.ds.query(
      `SELECT ${HOLDER_COLUMNS} FROM tenures t ${HOLDER_JOINS}
        WHERE t.organization_id IN ${organizationIdsNamed('$1')} AND t.valid @> $2::date AND t.superseded_at IS NULL`,
      [name, asOf],
    );
  }

  /** Every tenure of the organisation's posts that held a day of [from, to). */
  async tenuresBetween(name: string, from: string, to: string): Promise<OrgTenureRow[]> {
    return this.ds.query(
      `SELECT t.person_id::text AS "personId", pe.name AS person, pe.jurisdiction, pe.disambiguator, po.name AS post, po.title, po.seat_kind AS "seatKind",
              t.start_on::text AS start, t.start_bound::text AS "startBound", t.end_on::text AS "end", t.end_reason AS "endReason",
              t.end_inferred AS "endInferred", t.probation_end::text AS "probationEnd"
         FROM tenures t JOIN people pe ON pe.id = t.person_id JOIN posts po ON po.id = t.post_id
        WHERE t.organization_id IN ${organizationIdsNamed('$1')} AND t.valid && daterange($2::date, $3::date) AND t.superseded_at IS NULL
        ORDER BY coalesce(t.start_on, t.start_bound) NULLS FIRST, t.person_id`,
      [name, from, to],
    );
  }

  /** Probations whose last day falls in [from, to] for people still in the post on that day. */
  async probationsEnding(from: string, to: string): Promise<HolderRow[]> {
    return this.ds.query(
      `SELECT ${HOLDER_COLUMNS} FROM tenures t ${HOLDER_JOINS}
        WHERE t.probation_end BETWEEN $1::date AND $2::date AND t.valid @> t.probation_end AND t.superseded_at IS NULL
        ORDER BY t.probation_end, pe.name, po.name`,
      [from, to],
    );
  }
}
