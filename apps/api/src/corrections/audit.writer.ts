import type { EntityManager } from 'typeorm';

export interface AuditRecord {
  actor: string;
  action: string;
  reason: string;
  before: unknown;
  after: unknown;
}

/** Every correction writes one entry, in the same transaction as the change it describes. */
export async function writeAudit(m: EntityManager, r: AuditRecord): Promise<string> {
  const rows: { id: string }[] = await m.query(
    'INSERT INTO audit_log (actor, action, reason, before, after) VALUES ($1, $2, $3, $4, $5) RETURNING id::text',
    [r.actor, r.action, r.reason, JSON.stringify(r.before ?? null), JSON.stringify(r.after ?? null)],
  );
  return rows[0].id;
}
