import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntryModel } from './correction.models';

const COLUMNS = 'id::text, at, actor, door, action, reason, before::text AS before, after::text AS after';

@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async byId(id: string): Promise<AuditEntryModel> {
    const [row] = await this.ds.query(`SELECT ${COLUMNS} FROM audit_log WHERE id = $1`, [id]);
    return row;
  }

  /** Newest first. */
  async page(filter: { actor?: string | null; door?: string | null; since?: Date | null }, offset: number, limit: number): Promise<{ rows: AuditEntryModel[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.actor) {
      params.push(filter.actor);
      where.push(`actor = $${params.length}`);
    }
    if (filter.door) {
      params.push(filter.door);
      where.push(`door = $${params.length}`);
    }
    if (filter.since) {
      params.push(filter.since);
      where.push(`at >= $${params.length}`);
    }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.ds.query(`SELECT ${COLUMNS} FROM audit_log ${cond} ORDER BY at DESC, id DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`, [
        ...params,
        offset,
        limit,
      ]),
      this.ds.query(`SELECT count(*) AS n FROM audit_log ${cond}`, params),
    ]);
    return { rows, total: Number(count[0].n) };
  }
}
