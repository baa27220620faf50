import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { noticeKeySql } from '@renmian/exports';
import { postIdsNamed } from '../../graphql/name-lookup.sql';
import type { TenureShown } from './holders.reader';

export interface PostFound {
  id: string;
  name: string;
  title: string;
  seatKind: 'single' | 'multi';
  organization: string;
}

/** One holder of the seat (or of its acting post), with the notices that opened and ended the tenure. */
export interface SuccessionRow extends TenureShown {
  startBound: string | null;
  openedKey: string | null;
  openedDoc: string | null;
  closedKey: string | null;
  closedDoc: string | null;
}

/**
 * A seat over time. The acting post of a seat (某局代理局长) is read with it, and a seat's principal
 * with its acting post: an acting holder fills the seat as acting, so the succession lists both.
 */
@Injectable()
export class PostReader {
  constructor(private readonly ds: DataSource) {}

  async byName(name: string): Promise<PostFound | null> {
    const rows: PostFound[] = await this.ds.query(
      `SELECT p.id::text, p.name, p.title, p.seat_kind AS "seatKind", o.name AS organization
         FROM posts p JOIN organizations o ON o.id = p.organization_id WHERE p.id IN ${postIdsNamed('$1')} LIMIT 1`,
      [name],
    );
    return rows[0] ?? null;
  }

  async succession(postId: string): Promise<SuccessionRow[]> {
    return this.ds.query(
      `WITH seat AS (SELECT id, organization_id, regexp_replace(title, '^(代理|代行)', '') AS principal FROM posts WHERE id = $1::bigint),
            posts_read AS (
              SELECT p.id FROM posts p, seat s
               WHERE p.id = s.id OR (p.organization_id = s.organization_id AND p.merged_into IS NULL
                     AND p.title IN (s.principal, '代理' || s.principal, '代行' || s.principal)))
       SELECT t.person_id::text AS "personId", pe.name AS person, pe.jurisdiction, pe.disambiguator, po.name AS post, po.title,
              t.start_on::text AS start, t.start_bound::text AS "startBound", t.end_on::text AS "end", t.end_reason AS "endReason",
              t.end_inferred AS "endInferred", t.probation_end::text AS "probationEnd",
              ${noticeKeySql('o_n')} AS "openedKey", o_n.doc_number AS "openedDoc", ${noticeKeySql('c_n')} AS "closedKey", c_n.doc_number AS "closedDoc"
         FROM tenures t JOIN people pe ON pe.id = t.person_id JOIN posts po ON po.id = t.post_id
         LEFT JOIN events o_e ON o_e.id = t.opened_by LEFT JOIN notices o_n ON o_n.id = o_e.notice_id
         LEFT JOIN events c_e ON c_e.id = t.closed_by LEFT JOIN notices c_n ON c_n.id = c_e.notice_id
        WHERE t.post_id IN (SELECT id FROM posts_read) AND t.superseded_at IS NULL
        ORDER BY coalesce(t.start_on, t.start_bound) NULLS FIRST, t.end_on NULLS LAST, pe.name, t.person_id`,
      [postId],
    );
  }
}
