import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { noticeKeySql } from '@renmian/exports';

/** An event as its correction form shows it: the version seen, with names instead of ids. */
export interface EventForm {
  eventId: string;
  /** The row id of the current version: a form sent after another correction is a lost race. */
  version: string;
  type: 'appoint' | 'remove' | 'auto_remove';
  person: string;
  personId: string;
  jurisdiction: string;
  post: string;
  effectiveOn: string | null;
  probationMonths: number | null;
  rank: string | null;
  noticeKey: string;
  docNumber: string | null;
  sourceLine: number;
  sourceText: string;
  /** What the notice itself says, kept as written whatever the corrections. */
  personText: string;
  positionText: string;
}

export interface PersonChoice {
  id: string;
  name: string;
  jurisdiction: string;
  disambiguator: number;
  events: number;
  posts: string[];
}

export interface PersonEvent {
  eventId: string;
  type: string;
  post: string;
  effectiveOn: string | null;
  noticeKey: string;
  docNumber: string | null;
}

export interface OrganizationChoice {
  id: string;
  name: string;
  posts: string[];
}

export interface RetractableNotice {
  key: string;
  docNumber: string;
  issuer: string | null;
  title: string | null;
  signedOn: string | null;
  events: number;
  retractedAt: Date | null;
}

const MAX_CHOICES = 50;

/** What the correction forms show before anything is changed. Reads only; the changes go through CorrectionsService. */
@Injectable()
export class CorrectionFormsReader {
  constructor(private readonly ds: DataSource) {}

  async event(eventId: string): Promise<EventForm | null> {
    const rows: EventForm[] = await this.ds.query(
      `SELECT e.lineage_id::text AS "eventId", e.id::text AS version, e.type, pe.name AS person, pe.id::text AS "personId",
              pe.jurisdiction, po.name AS post, e.effective_on::text AS "effectiveOn", e.probation_months AS "probationMonths", e.rank,
              ${noticeKeySql('n')} AS "noticeKey", n.doc_number AS "docNumber", e.source_line AS "sourceLine", e.source_text AS "sourceText",
              e.person_text AS "personText", e.position_text AS "positionText"
         FROM events e JOIN people pe ON pe.id = e.person_id JOIN posts po ON po.id = e.post_id JOIN notices n ON n.id = e.notice_id
        WHERE e.lineage_id = $1 AND e.superseded_at IS NULL`,
      [eventId],
    );
    return rows[0] ?? null;
  }

  /** People (not merged away) bearing any of these names, each with what they hold. */
  peopleNamed(names: string[]): Promise<PersonChoice[]> {
    return this.ds.query(
      `SELECT p.id::text, p.name, p.jurisdiction, p.disambiguator,
              (SELECT count(*)::int FROM events e WHERE e.person_id = p.id AND e.superseded_at IS NULL) AS events,
              array(SELECT DISTINCT po.name FROM events e JOIN posts po ON po.id = e.post_id
                     WHERE e.person_id = p.id AND e.superseded_at IS NULL ORDER BY po.name) AS posts
         FROM people p WHERE p.name = ANY($1::text[]) AND p.merged_into IS NULL
        ORDER BY p.name, p.jurisdiction, p.disambiguator, p.id LIMIT ${MAX_CHOICES}`,
      [names],
    );
  }

  async person(personId: string): Promise<PersonChoice | null> {
    const rows: PersonChoice[] = await this.ds.query(
      `SELECT p.id::text, p.name, p.jurisdiction, p.disambiguator, 0 AS events, '{}'::text[] AS posts
         FROM people p WHERE p.id = $1 AND p.merged_into IS NULL`,
      [personId],
    );
    return rows[0] ?? null;
  }

  personEvents(personId: string): Promise<PersonEvent[]> {
    return this.ds.query(
      `SELECT e.lineage_id::text AS "eventId", e.type, po.name AS post, e.effective_on::text AS "effectiveOn",
              ${noticeKeySql('n')} AS "noticeKey", n.doc_number AS "docNumber"
         FROM events e JOIN posts po ON po.id = e.post_id JOIN notices n ON n.id = e.notice_id
        WHERE e.person_id = $1 AND e.superseded_at IS NULL ORDER BY e.effective_on NULLS LAST, e.lineage_id`,
      [personId],
    );
  }

  /** Organisations (not merged away) by id, and those whose name contains `search`. */
  organizations(ids: string[], search: string | null): Promise<OrganizationChoice[]> {
    const like = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return this.ds.query(
      `SELECT o.id::text, o.name,
              array(SELECT po.title FROM posts po WHERE po.organization_id = o.id AND po.merged_into IS NULL ORDER BY po.title) AS posts
         FROM organizations o
        WHERE o.merged_into IS NULL AND (o.id = ANY($1::bigint[]) OR ($2::text IS NOT NULL AND o.name LIKE $2))
        ORDER BY o.id = ANY($1::bigint[]) DESC, length(o.name), o.name LIMIT ${MAX_CHOICES}`,
      [ids.filter((id) => /^\d{1,18}$/.test(id)), like],
    );
  }

  noticesNumbered(docNumber: string): Promise<RetractableNotice[]> {
    return this.ds.query(
      `SELECT ${noticeKeySql('n')} AS key, n.doc_number AS "docNumber", n.issuer, n.title, n.signed_on::text AS "signedOn", n.retracted_at AS "retractedAt",
              (SELECT count(*)::int FROM events e WHERE e.notice_id = n.id AND e.superseded_at IS NULL) AS events
         FROM notices n WHERE n.doc_number = $1 ORDER BY n.id`,
      [docNumber],
    );
  }

  /** A person's name, to go back to their page after a merge or a split. */
  async personName(personId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.ds.query('SELECT name FROM people WHERE id = $1', [personId]);
    return rows[0]?.name ?? null;
  }

  async organizationName(id: string): Promise<string | null> {
    const rows: { name: string }[] = await this.ds.query('SELECT name FROM organizations WHERE id = $1', [id]);
    return rows[0]?.name ?? null;
  }
}
