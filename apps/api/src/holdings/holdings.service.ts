import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parseDateRange } from '@renmian/database';
import { organizationIdsNamed, postIdsNamed } from '../graphql/name-lookup.sql';
import { believed } from '../graphql/system-time.util';
import { EndReason, HoldingModel } from './holding.model';

interface TenureRow {
  person_id: string;
  post_id: string;
  valid: string;
  start_known: boolean;
  end_reason: EndReason | null;
  end_inferred: boolean;
  probation_end: string | null;
  source_event: string | null;
}

const COLUMNS = `t.person_id::text, t.post_id::text, t.valid::text, t.start_known, t.end_reason, t.end_inferred,
  t.probation_end::text, coalesce(t.opened_by, t.closed_by)::text AS source_event`;

/** The as-of questions, answered from the tenures table and its GiST indexes. */
@Injectable()
export class HoldingsService {
  constructor(private readonly ds: DataSource) {}

  async ofPost(post: string, asOf: string, knownAt: Date | null): Promise<HoldingModel[]> {
    const params: unknown[] = [post, asOf];
    const rows: TenureRow[] = await this.ds.query(
      `SELECT ${COLUMNS} FROM tenures t
        WHERE t.post_id IN ${postIdsNamed('$1')} AND t.valid @> $2::date AND ${believed('t', knownAt, params)}
        ORDER BY lower(t.valid) NULLS FIRST, t.person_id`,
      params,
    );
    return rows.map(toHolding);
  }

  /** Principal posts first, then by title and start. */
  async ofOrganization(organization: string, asOf: string, knownAt: Date | null): Promise<HoldingModel[]> {
    const params: unknown[] = [organization, asOf];
    const rows: TenureRow[] = await this.ds.query(
      `SELECT ${COLUMNS} FROM tenures t JOIN posts p ON p.id = t.post_id
        WHERE t.organization_id IN ${organizationIdsNamed('$1')} AND t.valid @> $2::date
          AND ${believed('t', knownAt, params)}
        ORDER BY p.seat_kind = 'single' DESC, p.title, lower(t.valid) NULLS FIRST, t.person_id`,
      params,
    );
    return rows.map(toHolding);
  }

  /** Probations whose last day falls in [from, to] while the person still holds the post. */
  async probationsEnding(from: string, to: string): Promise<HoldingModel[]> {
    const rows: TenureRow[] = await this.ds.query(
      `SELECT ${COLUMNS} FROM tenures t
        WHERE t.probation_end BETWEEN $1::date AND $2::date AND t.valid @> t.probation_end AND t.superseded_at IS NULL
        ORDER BY t.probation_end, t.person_id, t.post_id`,
      [from, to],
    );
    return rows.map(toHolding);
  }
}

function toHolding(r: TenureRow): HoldingModel {
  const { start, end } = parseDateRange(r.valid);
  const h = new HoldingModel();
  Object.assign(h, {
    personId: r.person_id,
    postId: r.post_id,
    start,
    startKnown: r.start_known,
    end,
    endReason: r.end_reason,
    endInferred: r.end_inferred,
    probationEnd: r.probation_end,
    sourceEventId: r.source_event,
  });
  return h;
}
