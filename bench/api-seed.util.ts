import { Client } from 'pg';

/**
 * A synthetic personnel record for the API benchmark, generated inside PostgreSQL (INSERT … SELECT
 * over generate_series) so that a million tenures load in two or three minutes on two cores through
 * the real schema: every constraint, trigger and index of the migrations stays in place and is paid for.
 *
 * Shape of one organisation (ids are arithmetic, so that rows can name each other without lookups):
 *   - 10 posts: 6 single-seat (局长, 党组书记…), 4 multi-seat (副局长, 党组成员…);
 *   - 10 reshuffles about five years apart from the late 1970s on, each one notice;
 *   - per post one tenure per reshuffle: 100 tenures. A single-seat holder is superseded by the
 *     next appointment (an inferred end, closed_by = that appointment); a multi-seat holder is
 *     removed two reshuffles later (closed_by = the removal), so two serve at once;
 *   - the latest tenures stay open: 14 current holders per organisation, 86 closed;
 *   - one organisation in ten has records that begin mid-tenure (unknown start, no appointment);
 *   - 70 people, each holding several posts over the years (and sometimes two at once).
 */
export const TENURES_PER_ORGANIZATION = 100;
const POSTS = 10;
const ROUNDS = 10;
const PEOPLE = 70;
/** Event ids per reshuffle notice: 10 appointments, then up to 4 removals. */
const EVENT_SLOTS = 14;

const CITY_HEAD = '青白金云松临安长东南';
const CITY_TAIL = '禾河山江州阳宁平川林';
const COUNTIES = ['城关区', '临河县', '东山县', '北湖区', '西岭县'];
const DOMAINS = ['财政', '教育', '公安', '民政', '司法', '自然资源', '生态环境', '交通运输', '水利', '农业农村',
  '商务', '文化和旅游', '卫生健康', '应急管理', '审计', '统计', '医疗保障', '市场监督管理', '林业', '体育'];
const TITLES = ['局长', '党组书记', '纪检监察组组长', '办公室主任', '总会计师', '总工程师', '副局长', '党组成员', '四级调研员', '二级调研员'];
const SINGLE_SEAT_POSTS = 6;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建国文志成海波宁斌宇浩凯健俊帆帅旭晨'
  + '阳鑫林峰雪梅琳晶燕飞亮云龙婷琴坤彬凤春兵新民东晖博立庆锋飞雄瑞祥德永福生安康泰荣昌盛和顺达宏远嘉'
  + '慧敬思颖欣悦怡佳琪雯倩楠蕾洁莉薇露晓丹月光耀振兴智勤俭诚益良善贤忠孝仁义礼信恒毅';

/** The character lists as distinct characters: the name formula relies on it for unique names. */
function distinct(chars: string): string[] {
  return [...new Set([...chars])];
}

/** A fixed word list as an SQL array literal (the lists are constants of this file, without quotes). */
function sqlArray(words: string[]): string {
  if (words.some((w) => w.includes("'"))) throw new Error('a word list may not contain quotes');
  return `(ARRAY['${words.join("','")}'])`;
}

const CITIES = sqlArray([...CITY_HEAD].flatMap((h) => [...CITY_TAIL].map((t) => `${h}${t}市`)));
const SURNAME_LIST = distinct(SURNAMES);
const GIVEN_LIST = distinct(GIVEN);
const S = SURNAME_LIST.length;
const G = GIVEN_LIST.length;

/** SQL for the day of reshuffle `r` in organisation `o`: staggered by organisation, ~5 years apart. */
const roundDate = (o: string, r: string) => `(date '1976-01-01' + ((${o}) * 37 % 1000) + (${r}) * 1826 + ((${o}) * 13 + (${r}) * 29) % 200)`;
const city = (o: string) => `${CITIES}[1 + ((${o}) - 1) / 100]`;
const orgName = (o: string) => `${city(o)} || ${sqlArray(COUNTIES)}[1 + ((${o}) - 1) / 20 % 5] || ${sqlArray(DOMAINS)}[1 + ((${o}) - 1) % 20] || '局'`;
/** Person j of an organisation. */
const personId = (o: string, j: string) => `(((${o}) - 1) * ${PEOPLE} + (${j}) + 1)`;
/**
 * A different name for every person id: the id is scattered over the S·G·G names by a multiplier
 * coprime to their number (so that one organisation's people do not all share a given name).
 */
const personName = (id: string) => {
  const n = `(((${id})::bigint - 1) * 7919 % ${S * G * G})`;
  return `${sqlArray(SURNAME_LIST)}[1 + ${n} % ${S}] || ${sqlArray(GIVEN_LIST)}[1 + ${n} / ${S} % ${G}] || ${sqlArray(GIVEN_LIST)}[1 + ${n} / ${S * G} % ${G}]`;
};
/** Who holds post p after reshuffle r: 37 is coprime to 70, so one post never repeats a person within 70 turns. */
const holder = (o: string, p: string, r: string) => personId(o, `(((${p}) - 1) * ${ROUNDS} + (${r})) * 37 % ${PEOPLE}`);
const postId = (o: string, p: string) => `(((${o}) - 1) * ${POSTS} + (${p}))`;
const noticeId = (o: string, r: string) => `(((${o}) - 1) * ${ROUNDS} + (${r}) + 1)`;
const eventId = (o: string, r: string, slot: string) => `((((${o}) - 1) * ${ROUNDS} + (${r})) * ${EVENT_SLOTS} + (${slot}))`;
const unknownStart = (o: string, r: string) => `((${r}) = 0 AND (${o}) % 10 = 0)`;
const single = (p: string) => `((${p}) <= ${SINGLE_SEAT_POSTS})`;
const onProbation = (o: string, p: string, r: string) => `((${p}) = 7 AND ((${o}) + (${r})) % 3 = 0)`;

const ORGS = `generate_series($1::int, $2::int) o`;
const ROUNDS_OF = `generate_series(0, ${ROUNDS - 1}) r`;
const POSTS_OF = `generate_series(1, ${POSTS}) p`;

/** One statement per table, in foreign-key order, for organisations $1..$2. */
const STATEMENTS: [table: string, sql: string][] = [
  ['organizations', `INSERT INTO organizations (id, name) SELECT o, ${orgName('o')} FROM ${ORGS}`],
  ['documents', `INSERT INTO documents (id, content_hash, filename, byte_size)
     SELECT o, md5('bench-gazette-' || o), 'gazette-' || o || '.txt', 0 FROM ${ORGS}`],
  ['notices', `INSERT INTO notices (id, document_id, issuer, doc_number, title, signed_on, text_hash, start_line, end_line)
     SELECT ${noticeId('o', 'r')}, o, ${city('o')} || '人民政府', '任〔' || extract(year FROM ${roundDate('o', 'r')}) || '〕' || ${noticeId('o', 'r')} || '号',
            '关于' || ${orgName('o')} || '领导干部任免的通知', ${roundDate('o', 'r')}, md5('bench-notice-' || ${noticeId('o', 'r')}), r * 20 + 1, r * 20 + 18
       FROM ${ORGS}, ${ROUNDS_OF}`],
  ['people', `INSERT INTO people (id, name, jurisdiction)
     SELECT ${personId('o', 'j')}, ${personName(personId('o', 'j'))}, ${city('o')} FROM ${ORGS}, generate_series(0, ${PEOPLE - 1}) j`],
  ['posts', `INSERT INTO posts (id, organization_id, title, name, seat_kind)
     SELECT ${postId('o', 'p')}, o, ${sqlArray(TITLES)}[p], ${orgName('o')} || ${sqlArray(TITLES)}[p], CASE WHEN ${single('p')} THEN 'single' ELSE 'multi' END
       FROM ${ORGS}, ${POSTS_OF}`],
  ['events (appointments)', `INSERT INTO events (id, lineage_id, notice_id, type, effective_on, person_id, post_id, probation_months,
                       person_text, position_text, source_line, source_text, ordinal)
     SELECT ${eventId('o', 'r', 'p')}, ${eventId('o', 'r', 'p')}, ${noticeId('o', 'r')}, 'appoint', ${roundDate('o', 'r')}, pe.id, po.id,
            CASE WHEN ${onProbation('o', 'p', 'r')} THEN 12 END, pe.name, po.name, r * 20 + 2 + p, '任命' || pe.name || '为' || po.name || '。', p
       FROM ${ORGS} CROSS JOIN ${ROUNDS_OF} CROSS JOIN ${POSTS_OF}
       JOIN people pe ON pe.id = ${holder('o', 'p', 'r')} JOIN posts po ON po.id = ${postId('o', 'p')}
      WHERE NOT ${unknownStart('o', 'r')}
      ORDER BY 1`],
  // Multi-seat holders appointed at reshuffle r - 2 are removed at reshuffle r.
  ['events (removals)', `INSERT INTO events (id, lineage_id, notice_id, type, effective_on, person_id, post_id,
                       person_text, position_text, source_line, source_text, ordinal)
     SELECT ${eventId('o', 'r', `${POSTS} + p - ${SINGLE_SEAT_POSTS}`)}, ${eventId('o', 'r', `${POSTS} + p - ${SINGLE_SEAT_POSTS}`)}, ${noticeId('o', 'r')},
            'remove', ${roundDate('o', 'r')}, pe.id, po.id, pe.name, po.name, r * 20 + 12 + p, '免去' || pe.name || '的' || po.name || '职务。',
            ${POSTS} + p - ${SINGLE_SEAT_POSTS}
       FROM ${ORGS} CROSS JOIN generate_series(2, ${ROUNDS - 1}) r CROSS JOIN generate_series(${SINGLE_SEAT_POSTS + 1}, ${POSTS}) p
       JOIN people pe ON pe.id = ${holder('o', 'p', 'r - 2')} JOIN posts po ON po.id = ${postId('o', 'p')}
      ORDER BY 1`],
  ['tenures', tenuresSql()],
];

function tenuresSql(): string {
  const lastSingle = `${ROUNDS - 1}`;
  const lastMulti = `${ROUNDS - 2}`;
  const upper = `CASE WHEN ${single('p')} AND r < ${lastSingle} THEN ${roundDate('o', 'r + 1')}
                      WHEN NOT ${single('p')} AND r < ${lastMulti} THEN ${roundDate('o', 'r + 2')} END`;
  const lower = `CASE WHEN NOT ${unknownStart('o', 'r')} THEN ${roundDate('o', 'r')} END`;
  return `INSERT INTO tenures (person_id, post_id, organization_id, start_on, end_on, start_known, end_reason, end_inferred, probation_end, opened_by, closed_by)
     SELECT ${holder('o', 'p', 'r')}, ${postId('o', 'p')}, o, ${lower}, ${upper}, NOT ${unknownStart('o', 'r')},
            CASE WHEN ${single('p')} AND r < ${lastSingle} THEN 'SUPERSEDED' WHEN NOT ${single('p')} AND r < ${lastMulti} THEN 'REMOVED' END,
            ${single('p')} AND r < ${lastSingle},
            CASE WHEN ${onProbation('o', 'p', 'r')} AND NOT ${unknownStart('o', 'r')} THEN ${roundDate('o', 'r')} + interval '12 months' - interval '1 day' END,
            CASE WHEN NOT ${unknownStart('o', 'r')} THEN ${eventId('o', 'r', 'p')} END,
            CASE WHEN ${single('p')} AND r < ${lastSingle} THEN ${eventId('o', 'r + 1', 'p')}
                 WHEN NOT ${single('p')} AND r < ${lastMulti} THEN ${eventId('o', 'r + 2', `${POSTS} + p - ${SINGLE_SEAT_POSTS}`)} END
       FROM ${ORGS}, ${POSTS_OF}, ${ROUNDS_OF}
      ORDER BY o, p, r`;
}

/** Rows were inserted with explicit ids: later inserts through the sequences must not collide. */
const SEQUENCES = ['organizations', 'documents', 'notices', 'people', 'posts', 'events', 'tenures'];

/**
 * Adds organisations first..last (1-based) with their people, posts, notices, events and
 * tenures. Chunks of `chunk` organisations are self-contained (each one transaction, parents
 * first), so `workers` connections load them side by side: PostgreSQL's per-row work (foreign-key
 * checks, three GiST indexes on tenures) is CPU-bound, and this machine has two cores.
 */
export async function seedOrganizations(url: string, first: number, last: number, progress: (done: number) => void, options = { chunk: 250, workers: 2 }): Promise<void> {
  const chunks: [number, number][] = [];
  for (let from = first; from <= last; from += options.chunk) chunks.push([from, Math.min(last, from + options.chunk - 1)]);
  let done = 0;
  const worker = async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      // A lost seed is simply re-run: no need to wait for each commit to reach the disk.
      await client.query("SET synchronous_commit = off; SET work_mem = '64MB'");
      for (let next = chunks.shift(); next; next = chunks.shift()) {
        await seedChunk(client, next[0], next[1]);
        progress((done += next[1] - next[0] + 1));
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.workers, chunks.length) }, worker));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const table of SEQUENCES) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    await settle(client);
  } finally {
    await client.end();
  }
}

/**
 * Leaves the database as a served one would be once autovacuum has been by: without this, the first
 * reader of each fresh page writes its hint bits, and background writeback of the load runs during
 * the timings — both would be measured as the as-of query's cost. VACUUM is limited to the tables
 * the question reads; the rest only get statistics.
 */
async function settle(client: Client): Promise<void> {
  await client.query('VACUUM (ANALYZE) tenures, people, posts, organizations, organization_aliases');
  await client.query('ANALYZE');
  // Needs superuser or pg_checkpoint; without it the writeback simply happens later.
  await client.query('CHECKPOINT').catch(() => undefined);
}

async function seedChunk(client: Client, from: number, to: number): Promise<void> {
  await client.query('BEGIN');
  try {
    for (const [table, sql] of STATEMENTS) {
      await client.query(sql, [from, to]).catch((e: Error) => {
        throw new Error(`seeding ${table} for organisations ${from}..${to}: ${e.message}`);
      });
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

/** The names of organisations first..last (1-based, in id order), as the seed wrote them. */
export async function organizationNames(url: string, first: number, last: number): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT name FROM organizations WHERE id BETWEEN $1 AND $2 ORDER BY id', [first, last]);
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}
