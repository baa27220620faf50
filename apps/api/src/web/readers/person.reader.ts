import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PersonTimeline {
  id: string;
  name: string;
  jurisdiction: string;
  disambiguator: number;
  tenures: {
    post: string;
    organization: string;
    start: string | null;
    end: string | null;
    endReason: string | null;
    endInferred: boolean;
    probationEnd: string | null;
  }[];
  events: TimelineEvent[];
}

export interface TimelineEvent {
  type: string;
  effectiveOn: string | null;
  post: string;
  organization: string;
  probationMonths: number | null;
  rank: string | null;
  precedenceAfter: string | null;
  docNumber: string | null;
  noticeKey: string;
  issuer: string | null;
  signedOn: string | null;
  sourceLine: number;
  sourceText: string;
}

/**
 * A person's timeline. A name can belong to several people (one per issuer, or split by an
 * editor): each is returned apart, never blended into one life.
 */
@Injectable()
export class PersonReader {
  constructor(private readonly ds: DataSource) {}

  async byName(name: string): Promise<PersonTimeline[]> {
    const people: { id: string; name: string; jurisdiction: string; disambiguator: number }[] = await this.ds.query(
      `SELECT DISTINCT s.id::text, s.name, s.jurisdiction, s.disambiguator
         FROM people p JOIN people s ON s.id = coalesce(p.merged_into, p.id)
        WHERE p.name = $1 ORDER BY s.jurisdiction, s.disambiguator, s.id::text`,
      [name],
    );
    return Promise.all(people.map(async (p) => ({ ...p, tenures: await this.tenures(p.id), events: await this.events(p.id) })));
  }

  private tenures(personId: string): Promise<PersonTimeline['tenures']> {
    return this.ds.query(
      `SELECT po.name AS post, o.name AS organization, lower(t.valid)::text AS start, upper(t.valid)::text AS "end",
              t.end_reason AS "endReason", t.end_inferred AS "endInferred", t.probation_end::text AS "probationEnd"
         FROM tenures t JOIN posts po ON po.id = t.post_id JOIN organizations o ON o.id = t.organization_id
        WHERE t.person_id = $1 AND t.superseded_at IS NULL
        ORDER BY lower(t.valid) NULLS FIRST, upper(t.valid) NULLS LAST, po.name`,
      [personId],
    );
  }

  /** Stated events and inferred ends, each with the notice and line it rests on, oldest first. */
  private events(personId: string): Promise<TimelineEvent[]> {
    return this.ds.query(
      `SELECT h.type, h.effective_on::text AS "effectiveOn", po.name AS post, o.name AS organization,
              h.probation_months AS "probationMonths", h.rank, h.precedence_after AS "precedenceAfter",
              n.doc_number AS "docNumber", coalesce(n.doc_number, left(n.text_hash, 16)) AS "noticeKey", n.issuer,
              n.signed_on::text AS "signedOn", h.source_line AS "sourceLine", h.source_text AS "sourceText"
         FROM (
           SELECT upper(e.type) AS type, e.effective_on, e.post_id, e.probation_months, e.rank, e.precedence_after,
                  e.notice_id, e.source_line, e.source_text, e.ordinal, 1 AS kind
             FROM events e WHERE e.person_id = $1 AND e.superseded_at IS NULL
           UNION ALL
           SELECT 'INFERRED_END', upper(t.valid), t.post_id, NULL, NULL, NULL, ce.notice_id, ce.source_line, ce.source_text, ce.ordinal, 0
             FROM tenures t JOIN events ce ON ce.id = t.closed_by
            WHERE t.person_id = $1 AND t.end_inferred AND t.superseded_at IS NULL
         ) h
         JOIN posts po ON po.id = h.post_id JOIN organizations o ON o.id = po.organization_id
         JOIN notices n ON n.id = h.notice_id
        ORDER BY h.effective_on NULLS LAST, n.text_hash, h.ordinal, h.kind`,
      [personId],
    );
  }
}
