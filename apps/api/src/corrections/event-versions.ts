import type { EntityManager } from 'typeorm';
import { returnedRows } from '@renmian/database';

/** One believed version of an event, as stored. */
export interface EventVersion {
  id: string;
  lineage_id: string;
  notice_id: string;
  type: 'appoint' | 'remove' | 'auto_remove';
  effective_on: string | null;
  person_id: string;
  post_id: string;
  probation_months: number | null;
  rank: string | null;
  precedence_after: string | null;
}

const COLUMNS = `id::text, lineage_id::text, notice_id::text, type, effective_on::text, person_id::text, post_id::text,
  probation_months, rank, precedence_after`;

/**
 * The believed versions of these lineages, locked; a lineage missing here was just changed or never
 * was. FOR NO KEY UPDATE: two corrections of one event still wait for each other, but an ingest
 * writing tenures that point at the event (a foreign key's key-share lock) does not — it holds the
 * event's post, which the correction takes next, and the two would deadlock.
 */
export function lockCurrent(m: EntityManager, lineageIds: string[]): Promise<EventVersion[]> {
  return m.query(
    `SELECT ${COLUMNS} FROM events WHERE lineage_id = ANY($1::bigint[]) AND superseded_at IS NULL ORDER BY id FOR NO KEY UPDATE`,
    [lineageIds],
  );
}

/**
 * Supersedes `old` and records `next` as the lineage's new believed version, at `at`. Returns the
 * new row id, or null when `old` was superseded meanwhile (a concurrent correction won).
 */
export async function supersedeWith(m: EntityManager, old: EventVersion, next: Partial<EventVersion>, at: Date): Promise<string | null> {
  const updated = returnedRows<{ id: string }>(
    await m.query('UPDATE events SET superseded_at = $2 WHERE id = $1 AND superseded_at IS NULL RETURNING id', [old.id, at]),
  );
  if (updated.length === 0) return null;
  const v = { ...old, ...next };
  const rows: { id: string }[] = await m.query(
    `INSERT INTO events (notice_id, type, effective_on, person_id, post_id, probation_months, rank, precedence_after,
                         person_text, position_text, source_line, source_text, source_page, ordinal, recorded_at, lineage_id, supersedes)
     SELECT notice_id, $2, $3::date, $4, $5, $6, $7, $8, person_text, position_text, source_line, source_text, source_page, ordinal, $9, lineage_id, id
       FROM events WHERE id = $1
     RETURNING id::text`,
    [old.id, v.type, v.effective_on, v.person_id, v.post_id, v.probation_months, v.rank, v.precedence_after, at],
  );
  return rows[0].id;
}

export async function systemNow(m: EntityManager): Promise<Date> {
  const [{ at }]: { at: Date }[] = await m.query('SELECT clock_timestamp() AS at');
  return at;
}
