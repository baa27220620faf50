import { Client } from 'pg';
import { loadMigrations, migrate, migrateDown } from '@renmian/database';
import { freshDatabase } from '../../support/test-database.util';

describe('migrations on a real PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let client: Client;

  beforeAll(async () => {
    db = await freshDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('has applied every migration, and applying again does nothing', async () => {
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    expect(await migrate(db.url)).toEqual([]);
  });

  it('refuses one person holding the same post twice at once', async () => {
    await client.query(`
      INSERT INTO organizations (id, name) VALUES (1, '青禾市财政局');
      INSERT INTO posts (id, organization_id, title, name, seat_kind) VALUES (1, 1, '局长', '青禾市财政局局长', 'single');
      INSERT INTO people (id, name, jurisdiction) VALUES (1, '张晓明', '青禾市人民政府');
      INSERT INTO tenures (person_id, post_id, organization_id, start_on, start_known)
        VALUES (1, 1, 1, '2023-01-01', true);`);
    await expect(
      client.query(`INSERT INTO tenures (person_id, post_id, organization_id, end_on, start_known, end_reason)
        VALUES (1, 1, 1, '2023-06-01', false, 'REMOVED')`),
    ).rejects.toThrow(/tenures_no_overlap/);
  });

  it('keeps both dates of a tenure that began and ended on one day, which no day then holds', async () => {
    await client.query(`
      INSERT INTO people (id, name, jurisdiction) VALUES (2, '陈二', '青禾市人民政府');
      INSERT INTO tenures (person_id, post_id, organization_id, start_on, end_on, start_known, end_reason, end_inferred)
        VALUES (2, 1, 1, '2024-05-06', '2024-05-06', true, 'SUPERSEDED', true);`);
    const { rows } = await client.query(`SELECT start_on::text, end_on::text, isempty(valid) AS empty, valid @> '2024-05-06'::date AS held FROM tenures WHERE person_id = 2`);
    expect(rows).toEqual([{ start_on: '2024-05-06', end_on: '2024-05-06', empty: true, held: false }]);
    // valid is computed from the two days: nothing can write it apart from them.
    await expect(client.query(`UPDATE tenures SET valid = daterange('2024-01-01', NULL) WHERE person_id = 2`)).rejects.toThrow(/can only be updated to DEFAULT|generated/);
    await expect(
      client.query(`INSERT INTO tenures (person_id, post_id, organization_id, start_on, end_on, start_known, end_reason) VALUES (2, 1, 1, '2024-06-02', '2024-06-01', true, 'REMOVED')`),
    ).rejects.toThrow(/range lower bound must be less than or equal to range upper bound|tenures_days_order/);
  });

  it('finds an organisation\'s current tenures by index', async () => {
    await client.query('SET enable_seqscan = off');
    const plan = await client.query(
      `EXPLAIN SELECT * FROM tenures WHERE organization_id = 1 AND superseded_at IS NULL`,
    );
    await client.query('RESET enable_seqscan');
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/tenures_org_idx/);
  });

  it('reverts the latest migration with its down file', async () => {
    const scratch = await freshDatabase();
    try {
      const reverted = await migrateDown(scratch.url);
      expect(reverted).toBe(loadMigrations().at(-1)?.version);
      expect(await migrate(scratch.url)).toEqual([reverted]);
    } finally {
      await scratch.drop();
    }
  });
});
