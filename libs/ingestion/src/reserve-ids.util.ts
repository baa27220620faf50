import type { EntityManager } from 'typeorm';

/**
 * Takes `count` ids from a table's own sequence, as the column default would one row at a time:
 * knowing them before the insert lets the caller write rows that refer to each other (an event's
 * lineage is its own id) and derive tenures while the rows are being written.
 */
export async function reserveIds(m: EntityManager, sequence: 'events_id_seq' | 'people_id_seq', count: number): Promise<string[]> {
  const [{ ids }]: { ids: string[] }[] = await m.query(
    `SELECT coalesce(array_agg(nextval($1::regclass)), '{}') AS ids FROM generate_series(1, $2)`,
    [sequence, count],
  );
  return ids;
}
