import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { readRows } from '@renmian/database';
import { OrganizationModel } from '../common/models/organization.model';
import { PersonModel } from '../common/models/person.model';
import { PostModel } from '../common/models/post.model';
import { SourceRefModel } from '../common/models/source-ref.model';
import type { RequestAuth } from '../identity/request-auth';

/**
 * Per-request batch loaders: a list of 100 holdings resolves its people, posts, organisations and
 * sources in four queries, not four hundred. Made anew for each request so nothing is cached
 * across callers, and each only when a request first needs it (most need none).
 */
export class Loaders {
  private people?: DataLoader<string, PersonModel | null>;
  private posts?: DataLoader<string, PostModel | null>;
  private organizations?: DataLoader<string, OrganizationModel | null>;
  private eventSources?: DataLoader<string, SourceRefModel | null>;

  constructor(private readonly ds: DataSource) {}

  get person(): DataLoader<string, PersonModel | null> {
    return (this.people ??= byId(this.ds, 'SELECT id::text, name, jurisdiction, disambiguator FROM people WHERE id = ANY($1::bigint[])'));
  }

  get post(): DataLoader<string, PostModel | null> {
    return (this.posts ??= byId(
      this.ds,
      `SELECT id::text, name, title, organization_id::text AS "organizationId", seat_kind = 'single' AS "singleSeat"
         FROM posts WHERE id = ANY($1::bigint[])`,
    ));
  }

  get organization(): DataLoader<string, OrganizationModel | null> {
    return (this.organizations ??= byId(this.ds, 'SELECT id::text, name FROM organizations WHERE id = ANY($1::bigint[])'));
  }

  get eventSource(): DataLoader<string, SourceRefModel | null> {
    return (this.eventSources ??= byId(
      this.ds,
      `SELECT e.id::text, n.doc_number AS "docNumber", n.issuer, n.signed_on::text AS date, e.source_line AS line,
              e.source_text AS text
         FROM events e JOIN notices n ON n.id = e.notice_id WHERE e.id = ANY($1::bigint[])`,
    ));
  }
}

/** A row a loader was asked for by a foreign key: its absence is a broken database, not an answer. */
export function required<T>(value: T | null, kind: string, id: string): T {
  if (value === null) throw new Error(`${kind} ${id} is referenced but missing`);
  return value;
}

/** `sql` selects rows shaped as T, with a text `id`, for the ids in $1. */
function byId<T>(ds: DataSource, sql: string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await readRows<T & { id: string }>(ds, sql, [ids]);
    const found = new Map(rows.map((r) => [String(r.id), r as T]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export interface GraphQLContext {
  loaders: Loaders;
  auth: RequestAuth;
}
