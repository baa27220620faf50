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
      INSERT INTO tenures (person_id, post_id, organization_id, valid, start_known)
        VALUES (1, 1, 1, daterange('2023-01-01', NULL), true);`);
    await expect(
      client.query(`INSERT INTO tenures (person_id, post_id, organization_id, valid, start_known, end_reason)
        VALUES (1, 1, 1, daterange(NULL, '2023-06-01'), false, 'REMOVED')`),
    ).rejects.toThrow(/tenures_no_overlap/);
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
