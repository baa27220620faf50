import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { noticeKeySql } from '@renmian/exports';

export interface AuditFilter {
  actor: string | null;
  /** One kind of entry (loadNotices for the home page's recent loads), or all. */
  action?: string | null;
  /** Days (yyyy-mm-dd) in RENMIAN_TIME_ZONE, both included. */
  from: string | null;
  to: string | null;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  /** The door a load came through (cli, graphql, desk, system); null for a correction. */
  door: string | null;
  action: string;
  reason: string;
  before: unknown;
  after: unknown;
}

/** A place a change can be seen: a page of the site, with the words for the link. */
export interface AuditLink {
  label: string;
  href: string;
}

/** What ids in the entries stand for, looked up once for a whole page of entries. */
export interface AuditNames {
  people: Map<string, string>;
  posts: Map<string, string>;
  organizations: Map<string, string>;
  notices: Map<string, string>;
}

export const AUDIT_PAGE = 50;

function zone(): string {
  return process.env.RENMIAN_TIME_ZONE || 'Asia/Shanghai';
}

/**
 * The audit log for the desk: newest first, narrowed by actor and by days as the office counts them
 * (a day starts at midnight in RENMIAN_TIME_ZONE, not in UTC).
 */
@Injectable()
export class AuditReader {
  constructor(private readonly ds: DataSource) {}

  async page(filter: AuditFilter, page: number): Promise<{ rows: AuditRow[]; total: number; actors: string[] }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.actor) {
      params.push(filter.actor);
      where.push(`actor = $${params.length}`);
    }
    if (filter.from) {
      params.push(filter.from, zone());
      where.push(`at >= ($${params.length - 1}::date::timestamp AT TIME ZONE $${params.length})`);
    }
    if (filter.to) {
      params.push(filter.to, zone());
      where.push(`at < (($${params.length - 1}::date + 1)::timestamp AT TIME ZONE $${params.length})`);
    }
    if (filter.action) {
      params.push(filter.action);
      where.push(`action = $${params.length}`);
    }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count, actors] = await Promise.all([
      this.ds.query(
        `SELECT id::text, at, actor, door, action, reason, before, after FROM audit_log ${cond}
          ORDER BY at DESC, id DESC OFFSET $${params.length + 1} LIMIT ${AUDIT_PAGE}`,
        [...params, (page - 1) * AUDIT_PAGE],
      ),
      this.ds.query(`SELECT count(*)::int AS n FROM audit_log ${cond}`, params),
      this.ds.query('SELECT DISTINCT actor FROM audit_log ORDER BY actor'),
    ]);
    return { rows, total: count[0].n, actors: actors.map((a: { actor: string }) => a.actor) };
  }

  /** Names for the ids the entries mention, so that a change reads as names and links. */
  async names(ids: { people: string[]; posts: string[]; organizations: string[]; notices: string[] }): Promise<AuditNames> {
    const lookup = async (sql: string, list: string[]) => {
      const valid = [...new Set(list.filter((id) => /^\d{1,18}$/.test(id)))];
      if (valid.length === 0) return new Map<string, string>();
      const rows: { id: string; name: string }[] = await this.ds.query(sql, [valid]);
      return new Map(rows.map((r) => [r.id, r.name]));
    };
    const [people, posts, organizations, notices] = await Promise.all([
      lookup('SELECT id::text, name FROM people WHERE id = ANY($1::bigint[])', ids.people),
      lookup('SELECT id::text, name FROM posts WHERE id = ANY($1::bigint[])', ids.posts),
      lookup('SELECT id::text, name FROM organizations WHERE id = ANY($1::bigint[])', ids.organizations),
      lookup(`SELECT id::text, ${noticeKeySql('n')} AS name FROM notices n WHERE id = ANY($1::bigint[])`, ids.notices),
    ]);
    return { people, posts, organizations, notices };
  }
}
