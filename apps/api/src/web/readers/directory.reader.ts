import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { noticeKeySql } from '@renmian/exports';
import { PinyinIndex } from '../../directory/pinyin/pinyin-index.service';
import { pinyinQuery } from '../../directory/pinyin/pinyin-key.util';

export interface SearchHits {
  people: { id: string; name: string; jurisdiction: string; posts: number }[];
  organizations: { name: string; alias: string | null }[];
  posts: { id: string; name: string; organization: string }[];
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

/** Rows in the order of `ids` (the pinyin index's ranking), dropping ids the query filtered out. */
function inOrder<T>(ids: string[], rows: T[], id: (r: T) => string): T[] {
  const byId = new Map(rows.map((r) => [id(r), r]));
  return ids.flatMap((i) => byId.get(i) ?? []);
}

/** Finding things by a piece of their name, and what was loaded lately. */
@Injectable()
export class DirectoryReader {
  constructor(
    private readonly ds: DataSource,
    private readonly pinyin: PinyinIndex,
  ) {}

  /** Names containing `q` as written first; then, for a query in pinyin (wyh, wangyonghui), names read so. */
  async search(q: string): Promise<SearchHits> {
    const written = await this.containing(q);
    const py = pinyinQuery(q);
    if (!py) return written;
    const [people, organizations, posts] = await Promise.all([this.pinyinPeople(py), this.pinyinOrganizations(py), this.pinyinPosts(py)]);
    const after = <T>(first: T[], more: T[], same: (a: T, b: T) => boolean) => [...first, ...more.filter((m) => !first.some((f) => same(f, m)))].slice(0, LIMIT);
    return {
      people: after(written.people, people, (a, b) => a.id === b.id),
      organizations: after(written.organizations, organizations, (a, b) => a.name === b.name),
      posts: after(written.posts, posts, (a, b) => a.id === b.id),
    };
  }

  private async pinyinPeople(py: string): Promise<SearchHits['people']> {
    const ids = await this.pinyin.find('people', py, LIMIT * 2);
    const rows: SearchHits['people'] = await this.ds.query(
      `SELECT pe.id::text, pe.name, pe.jurisdiction, count(DISTINCT t.post_id)::int AS posts
         FROM people pe LEFT JOIN tenures t ON t.person_id = pe.id AND t.superseded_at IS NULL
        WHERE pe.id = ANY($1::bigint[]) AND pe.merged_into IS NULL GROUP BY pe.id`,
      [ids],
    );
    return inOrder(ids, rows, (r) => r.id);
  }

  private async pinyinOrganizations(py: string): Promise<SearchHits['organizations']> {
    const ids = await this.pinyin.find('organizations', py, LIMIT * 2);
    const rows: { id: string; name: string; alias: string | null }[] = await this.ds.query(
      'SELECT o.id::text, o.name, NULL AS alias FROM organizations o WHERE o.id = ANY($1::bigint[]) AND o.merged_into IS NULL',
      [ids],
    );
    return inOrder(ids, rows, (r) => r.id).map(({ name, alias }) => ({ name, alias }));
  }

  private async pinyinPosts(py: string): Promise<SearchHits['posts']> {
    const ids = await this.pinyin.find('posts', py, LIMIT * 2);
    const rows: SearchHits['posts'] = await this.ds.query(
      `SELECT po.id::text, po.name, o.name AS organization FROM posts po JOIN organizations o ON o.id = po.organization_id
        WHERE po.id = ANY($1::bigint[]) AND po.merged_into IS NULL`,
      [ids],
    );
    return inOrder(ids, rows, (r) => r.id);
  }

  private async containing(q: string): Promise<SearchHits> {
    const like = containing(q);
    const [people, organizations, posts] = await Promise.all([
      this.ds.query(
        `SELECT pe.id::text, pe.name, pe.jurisdiction, count(DISTINCT t.post_id)::int AS posts
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
        `SELECT po.id::text, po.name, o.name AS organization FROM posts po JOIN organizations o ON o.id = po.organization_id
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
