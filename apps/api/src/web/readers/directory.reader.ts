import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { noticeKeySql } from '@renmian/exports';

export interface SearchHits {
  people: { name: string; jurisdiction: string; posts: number }[];
  organizations: { name: string; alias: string | null }[];
  posts: { name: string; organization: string }[];
}

export interface RecentNotice {
  key: string;
  docNumber: string | null;
  issuer: string | null;
  title: string | null;
  signedOn: string | null;
  events: number;
  retracted: boolean;
}

/** LIKE treats % and _ as wildcards: a typed name is matched as written. */
function containing(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const LIMIT = 50;

/** Finding things by a piece of their name, and what was loaded lately. */
@Injectable()
export class DirectoryReader {
  constructor(private readonly ds: DataSource) {}

  async search(q: string): Promise<SearchHits> {
    const like = containing(q);
    const [people, organizations, posts] = await Promise.all([
      this.ds.query(
        `SELECT pe.name, pe.jurisdiction, count(DISTINCT t.post_id)::int AS posts
           FROM people pe LEFT JOIN tenures t ON t.person_id = pe.id AND t.superseded_at IS NULL
          WHERE pe.name LIKE $1 AND pe.merged_into IS NULL
          GROUP BY pe.id ORDER BY length(pe.name), pe.name, pe.jurisdiction LIMIT ${LIMIT}`,
        [like],
      ),
      this.ds.query(
        `SELECT name, alias FROM (
           SELECT o.name, NULL AS alias FROM organizations o WHERE o.name LIKE $1 AND o.merged_into IS NULL
           UNION SELECT o.name, a.name FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id WHERE a.name LIKE $1
         ) x ORDER BY length(name), name LIMIT ${LIMIT}`,
        [like],
      ),
      this.ds.query(
        `SELECT po.name, o.name AS organization FROM posts po JOIN organizations o ON o.id = po.organization_id
          WHERE po.name LIKE $1 AND po.merged_into IS NULL ORDER BY length(po.name), po.name LIMIT ${LIMIT}`,
        [like],
      ),
    ]);
    return { people, organizations, posts };
  }

  async recentNotices(limit = 20): Promise<RecentNotice[]> {
    return this.ds.query(
      `SELECT ${noticeKeySql('n')} AS key, n.doc_number AS "docNumber", n.issuer, n.title,
              n.signed_on::text AS "signedOn", n.retracted_at IS NOT NULL AS retracted,
              (SELECT count(*)::int FROM events e WHERE e.notice_id = n.id AND e.superseded_at IS NULL) AS events
         FROM notices n ORDER BY n.signed_on DESC NULLS LAST, n.id DESC LIMIT $1`,
      [limit],
    );
  }
}
