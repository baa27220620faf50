import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { MissingReferenceError, mayTurnRowTriggersOff, lockReferenced } from '../../../libs/ingestion/src/bulk-references.util';
import { noticeText } from '../../support/notice-text.util';
import { freshDatabase } from '../../support/test-database.util';

/**
 * A load's events and tenures check their references per statement where the role may turn row
 * triggers off (superuser, or granted session_replication_role), and per row otherwise. Both must
 * store the same facts, and the per-statement checks must lock and check as a foreign key would.
 */
const ISSUER = '青禾市人民政府';
const LOADS = [
  noticeText({ issuer: ISSUER, docNumber: '青政任〔2020〕1号', date: '2020-03-01', appoint: [{ person: '钱一', post: '青禾市统计局局长' }, { person: '孙二', post: '青禾市统计局副局长' }] }),
  // The second load closes tenures the first opened: its tenures point at the first load's
  // people and events (opened_by), which the per-statement path must lock itself.
  noticeText({
    issuer: ISSUER,
    docNumber: '青政任〔2021〕2号',
    date: '2021-05-01',
    appoint: [{ person: '李三', post: '青禾市统计局局长', probation: '一年' }],
    remove: [{ person: '孙二', post: '青禾市统计局副局长' }],
  }),
];

async function facts(ds: DataSource): Promise<string[]> {
  const rows: { f: string }[] = await ds.query(
    `SELECT concat_ws('|', p.name, po.name, o.name, t.valid::text, t.end_reason, t.end_inferred, t.probation_end::text,
                      (SELECT person_text FROM events WHERE id = t.opened_by), (SELECT person_text FROM events WHERE id = t.closed_by)) AS f
       FROM tenures t JOIN people p ON p.id = t.person_id JOIN posts po ON po.id = t.post_id JOIN organizations o ON o.id = t.organization_id
      WHERE t.superseded_at IS NULL`,
  );
  const events: { f: string }[] = await ds.query(
    `SELECT concat_ws('|', e.type, e.effective_on::text, p.name, po.name, n.doc_number, e.lineage_id = e.id) AS f
       FROM events e JOIN people p ON p.id = e.person_id JOIN posts po ON po.id = e.post_id JOIN notices n ON n.id = e.notice_id`,
  );
  return [...rows.map((r) => `tenure ${r.f}`), ...events.map((r) => `event ${r.f}`)].sort();
}

describe('references checked per statement or per row', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let plain: Awaited<ReturnType<typeof freshDatabase>>;
  const role = `renmian_plain_${process.pid}`;

  beforeAll(async () => {
    db = await freshDatabase();
    plain = await freshDatabase();
    const admin = new Client({ connectionString: plain.url });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${role}'`);
      await admin.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await admin.query(`GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ${role}`);
      await admin.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    } finally {
      await admin.end();
    }
  });

  afterAll(async () => {
    await plain.drop();
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`).finally(() => admin.end());
    await db.drop();
  });

  it('stores the same facts whichever way the references are checked', async () => {
    const superuser = createDataSource({ url: db.url });
    const restricted = createDataSource({ url: withUser(plain.url, role, role) });
    await superuser.initialize();
    await restricted.initialize();
    try {
      // The restricted role may not turn triggers off: its loads take the per-row path.
      expect(await superuser.transaction((m) => mayTurnRowTriggersOff(m))).toBe(true);
      expect(await restricted.transaction((m) => mayTurnRowTriggersOff(m))).toBe(false);
      for (const [i, text] of LOADS.entries()) {
        await new IngestionService(superuser).ingest(text, `${i}.txt`);
        await new IngestionService(restricted).ingest(text, `${i}.txt`);
      }
      const expected = await facts(restricted);
      expect(expected.filter((f) => f.startsWith('tenure '))).toHaveLength(3);
      expect(await facts(superuser)).toEqual(expected);
      // The window closes with the load: a statement after it is checked per row again.
      await expect(
        superuser.transaction(async (m) => {
          await new IngestionService(superuser).ingestIn(m, noticeText({ issuer: ISSUER, docNumber: '青政任〔2022〕3号', date: '2022-01-01', appoint: [{ person: '周四', post: '青禾市统计局局长' }] }), 'x.txt');
          await m.query(`INSERT INTO events (notice_id, type, person_id, post_id, person_text, position_text, source_line, source_text, ordinal)
                         VALUES (999999, 'appoint', 999999, 999999, 'x', 'y', 1, 'z', 0)`);
        }),
      ).rejects.toThrow(/foreign key/);
    } finally {
      await superuser.destroy();
      await restricted.destroy();
    }
  });

  it('names the rows a load refers to that do not exist, and writes nothing', async () => {
    const ds = createDataSource({ url: db.url });
    await ds.initialize();
    try {
      const [{ id }]: { id: string }[] = await ds.query(`INSERT INTO people (jurisdiction, name) VALUES ($1, '吴五') RETURNING id::text`, [ISSUER]);
      const error = await ds
        .transaction((m) => lockReferenced(m, 'people', [id, '987654321', id], 'a tenure’s person_id'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingReferenceError);
      expect((error as MissingReferenceError).missing).toEqual(['987654321']);
      expect((error as Error).message).toMatch(/a tenure’s person_id refers to people 987654321/);
    } finally {
      await ds.destroy();
    }
  });

  it('holds the rows it checked as a foreign key would: a delete waits for the load to end', async () => {
    const ds = createDataSource({ url: db.url });
    await ds.initialize();
    const other = new Client({ connectionString: db.url });
    await other.connect();
    try {
      const [{ id }]: { id: string }[] = await ds.query(`INSERT INTO people (jurisdiction, name) VALUES ($1, '郑六') RETURNING id::text`, [ISSUER]);
      await ds.transaction(async (m) => {
        await lockReferenced(m, 'people', [id], 'an event’s person_id');
        await other.query(`SET lock_timeout = '300ms'`);
        // Changing a referenced key (or deleting the row) needs a lock that KEY SHARE holds off.
        await expect(other.query('UPDATE people SET id = id + 1000000 WHERE id = $1', [id])).rejects.toThrow(/lock timeout/);
      });
    } finally {
      await other.end();
      await ds.destroy();
    }
  });
});

function withUser(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}
