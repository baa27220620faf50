import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '@renmian/database';
import { IngestionService, refreshTenures } from '@renmian/ingestion';
import { CorrectionsService } from '../../../apps/api/src/corrections/corrections.service';
import { noticeText } from '../../support/notice-text.util';
import { freshDatabase } from '../../support/test-database.util';

/**
 * Merges and loads at the same moment, on the same organisations, posts and people, round after
 * round on several connections: PostgreSQL must never abort one as a deadlock (40P01).
 *
 * Each round merges one pair of organisations (青禾市X区统计局 and 青禾市X区统计分局: posts of the
 * same title merge, their events move and tenures are re-derived) and one pair of namesakes (a
 * 青禾市 appointee and a 云岭县 one), while two loads appoint people — the merged person among them
 * — to posts of both organisations, one naming a post new to one of them. Before the lock order of
 * docs/decisions.md (decision 20), the merge locked the organisations then the posts FOR UPDATE
 * while a load held KEY SHARE on the posts and then asked for KEY SHARE on the organisations; about
 * 6 rounds in 100 were aborted.
 *
 * Run twice: as a superuser, whose loads check references per statement (bulk-references.util),
 * and as a plain role, whose loads check them per row with PostgreSQL's own triggers.
 */
const ROUNDS = Number(process.env.RENMIAN_MERGE_LOAD_ROUNDS ?? 200);
const ISSUER = '青禾市人民政府';
/** Names one of this issuer's appointees too: a namesake, merged into the 青禾市 person each round. */
const OTHER_ISSUER = '云岭县人民政府';
const STEMS = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午申酉戌'];
const PLACES = STEMS.flatMap((a) => STEMS.map((b) => `${a}${b}`));
const SURNAMES = [...'赵钱孙李周吴郑王冯陈'];
const GIVEN = [...'一二三四五六七八九十'];
const EDITOR = { name: 'test-editor', role: 'editor' as const };

/** An invented name of three characters, different for every n below 1000. */
function person(n: number): string {
  return `${SURNAMES[n % 10]}${GIVEN[Math.floor(n / 10) % 10]}${GIVEN[Math.floor(n / 100) % 10]}`;
}

const bureau = (i: number) => `青禾市${PLACES[i]}区统计局`;
const branch = (i: number) => `青禾市${PLACES[i]}区统计分局`;

/** Runs the rounds on `ds`; returns what was aborted, and checks what every round must leave. */
async function mergeWhileLoading(ds: DataSource, rounds: number, label: string): Promise<string[]> {
  expect(4 * rounds).toBeLessThan(1000);
  const ingestion = new IngestionService(ds);
  const corrections = new CorrectionsService(ds);
  let docs = 0;
  const numbered = () => `青政任〔2023〕${++docs}号`;
  // Both organisations of every round, each with a head and a deputy; the namesakes elsewhere.
  const setup = Array.from({ length: rounds }, (_, i) =>
    noticeText({
      issuer: ISSUER,
      docNumber: numbered(),
      date: '2023-01-10',
      appoint: [
        { person: person(4 * i), post: `${bureau(i)}局长` },
        { person: person(4 * i + 1), post: `${branch(i)}局长` },
        { person: person(4 * i + 2), post: `${bureau(i)}副局长` },
        { person: person(4 * i + 3), post: `${branch(i)}副局长` },
      ],
    }),
  );
  expect((await ingestion.ingest(setup.join('\n\n'), 'setup.txt')).events).toBe(4 * rounds);
  const namesakes = Array.from({ length: rounds }, (_, i) =>
    noticeText({ issuer: OTHER_ISSUER, docNumber: `云政任〔2023〕${i + 1}号`, date: '2023-02-01', appoint: [{ person: person(4 * i), post: `云岭县${PLACES[i]}乡统计站站长` }] }),
  );
  expect((await ingestion.ingest(namesakes.join('\n\n'), 'namesakes.txt')).events).toBe(rounds);

  const failures: string[] = [];
  const started = Date.now();
  for (let i = 0; i < rounds; i++) {
    const orgs: { id: string }[] = await ds.query('SELECT id::text FROM organizations WHERE name = ANY($1::text[]) ORDER BY id', [[bureau(i), branch(i)]]);
    const people: { id: string }[] = await ds.query('SELECT id::text FROM people WHERE name = $1 ORDER BY jurisdiction', [person(4 * i)]);
    expect([orgs.length, people.length]).toEqual([2, 2]);
    const load = (appoint: { person: string; post: string }[]) =>
      ingestion.ingest(noticeText({ issuer: ISSUER, docNumber: numbered(), date: '2023-06-01', appoint }), `round-${i}.txt`);
    const work = {
      load: load([
        { person: person(4 * i + 1), post: `${bureau(i)}局长` },
        { person: person(4 * i + 3), post: `${branch(i)}局长` },
      ]),
      mergeOrganizations: corrections.mergeOrganizations(EDITOR, orgs.map((o) => o.id), '同一机构的两种写法'),
      mergePeople: corrections.mergePeople(EDITOR, people.map((p) => p.id), '同一人'),
      'load naming the merged person and a new post': load([
        { person: person(4 * i), post: `${branch(i)}副局长` },
        { person: person(4 * i + 2), post: `${bureau(i)}办公室主任` },
      ]),
    };
    const outcomes = await Promise.allSettled(Object.values(work));
    Object.keys(work).forEach((what, k) => {
      const o = outcomes[k];
      if (o.status === 'rejected') failures.push(`round ${i}, ${what}: ${(o.reason as { code?: string }).code ?? ''} ${String(o.reason)}`);
    });
  }
  // Shown when the suite runs: how many rounds, how long, how many aborted.
  process.stderr.write(`merge-load concurrency (${label}): ${rounds} rounds (two merges, two loads each) in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} aborted\n`);
  // Every merge took effect, and every load's events are there.
  const [counts] = await ds.query(
    `SELECT (SELECT count(*) FROM organizations WHERE merged_into IS NOT NULL)::int AS orgs,
            (SELECT count(*) FROM people WHERE merged_into IS NOT NULL)::int AS people,
            (SELECT count(*) FROM events WHERE superseded_at IS NULL)::int AS events`,
  );
  if (failures.length === 0) expect(counts).toEqual({ orgs: rounds, people: rounds, events: 9 * rounds });
  // Whoever derived a post's tenures last saw everyone's events: deriving them all again changes nothing.
  const posts: { id: string }[] = await ds.query('SELECT id::text FROM posts');
  expect(await ds.transaction((m) => refreshTenures(m, posts.map((p) => p.id)))).toBe(0);
  return failures;
}

describe('organisation and people merges run at once with loads, without a deadlock', () => {
  it(`aborts none of ${ROUNDS} rounds when loads check references per statement (superuser)`, async () => {
    const db = await freshDatabase();
    const ds = createDataSource({ url: db.url });
    await ds.initialize();
    try {
      expect(await mergeWhileLoading(ds, ROUNDS, 'per statement')).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  }, 120_000);

  it(`aborts none of ${Math.ceil(ROUNDS / 2)} rounds when loads check references per row (a plain role)`, async () => {
    const db = await freshDatabase();
    const role = `renmian_merge_${process.pid}`;
    // The role is the server's; its grants are the database's, and go with it.
    const server = new Client({ connectionString: process.env.RENMIAN_TEST_ADMIN_URL });
    await server.connect();
    let ds: DataSource | null = null;
    try {
      await server.query(`CREATE ROLE ${role} LOGIN PASSWORD '${role}'`);
      const grants = new Client({ connectionString: db.url });
      await grants.connect();
      await grants.query(`GRANT USAGE ON SCHEMA public TO ${role}; GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ${role};
                          GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
      await grants.end();
      const url = new URL(db.url);
      url.username = role;
      url.password = role;
      ds = createDataSource({ url: url.toString() });
      await ds.initialize();
      expect(await mergeWhileLoading(ds, Math.ceil(ROUNDS / 2), 'per row')).toEqual([]);
    } finally {
      await ds?.destroy();
      await db.drop();
      await server.query(`DROP ROLE IF EXISTS ${role}`).finally(() => server.end());
    }
  }, 120_000);
});
