import { performance } from 'perf_hooks';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { benchDatabase } from './bench-database.util';
import { generateGazette } from './gazette.generator';

/**
 * `npm run -s bench:ingest`: loads a synthetic gazette of at least 100,000 events through the real
 * ingestion (parse, one transaction, tenures derived) into a fresh database, and in the same run
 * COPYs the same number of rows of the events table's shape into a bare table — the ceiling for
 * getting those rows into PostgreSQL at all. Then it COPYs every row the ingest stored into the
 * same schema (schemaFloorMs): the least this schema's indexes and constraints cost. Last line:
 *   RESULT events_s=<n> copy_rows_s=<n> ratio=<ingest / bare COPY> floor_ratio=<floor / bare COPY>
 *          ingest_over_floor=<ingest / floor>
 */
const MIN_EVENTS = 100_000;

async function main(): Promise<void> {
  process.stderr.write('generating the corpus…\n');
  let bytes = 40e6;
  let gazette = generateGazette({ seed: 20231209, targetBytes: bytes });
  const count = (g: typeof gazette) => g.notices.reduce((n, x) => n + x.events.length, 0);
  while (count(gazette) < MIN_EVENTS) gazette = generateGazette({ seed: 20231209, targetBytes: (bytes *= 1.2) });
  const events = count(gazette);
  const db = await benchDatabase('ingest');
  try {
    const ds = createDataSource({ url: db.url, statementTimeoutMs: 0 });
    await ds.initialize();
    process.stderr.write(`ingesting ${events} events (${gazette.text.length} characters)…\n`);
    let t = performance.now();
    const report = await new IngestionService(ds).ingest(gazette.text, 'bench.txt');
    const ingestMs = performance.now() - t;
    await ds.destroy();
    if (report.events !== events) process.stderr.write(`note: the parser read ${report.events} of the ${events} generated events\n`);

    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(`CREATE TABLE bare_events (notice_id bigint, type text, effective_on date, person_id bigint, post_id bigint,
      probation_months int, rank text, precedence_after text, person_text text, position_text text, source_line int, source_text text, ordinal int)`);
    const rows = gazette.notices.flatMap((n, ni) =>
      n.events.map((e, i) => [ni + 1, e.type, n.date, i + 1, i + 1, e.probationMonths ?? '\\N', e.rank ?? '\\N', e.precedenceAfter ?? '\\N', e.person, e.position, i + 1, `${e.person}为${e.position}`, i].join('\t') + '\n'),
    );
    process.stderr.write(`copying ${rows.length} rows…\n`);
    t = performance.now();
    await pipeline(Readable.from(rows), client.query(copyFrom('COPY bare_events FROM STDIN')));
    const copyMs = performance.now() - t;
    await client.end();

    process.stderr.write('copying every stored row into an empty schema…\n');
    // Best of two: a single reading swings by a third on a shared machine.
    const floorMs = Math.min(await schemaFloorMs(db.url, await db.another('floor')), await schemaFloorMs(db.url, await db.another('floor2')));

    console.log(`corpus: ${events} events in ${gazette.notices.length} notices; ingest read ${report.events} events`);
    console.log(`ingest (parse + one transaction + tenures): ${ingestMs.toFixed(0)} ms   COPY into a bare table: ${copyMs.toFixed(0)} ms`);
    console.log(`the rows the ingest stored, COPY'd into the schema's tables (indexes, constraints; no row triggers; best of two): ${floorMs.toFixed(0)} ms`);
    console.log(
      `RESULT events_s=${(report.events / (ingestMs / 1000)).toFixed(0)} copy_rows_s=${(rows.length / (copyMs / 1000)).toFixed(0)} ratio=${(ingestMs / copyMs).toFixed(2)} floor_ratio=${(floorMs / copyMs).toFixed(2)} ingest_over_floor=${(ingestMs / floorMs).toFixed(2)}`,
    );
  } finally {
    await db.close();
  }
}

/** Tables in the order their references need, as the ingest fills them. */
const TABLES = ['documents', 'notices', 'unparsed_lines', 'people', 'organizations', 'posts', 'events', 'tenures'];

/**
 * The least any load of these rows could cost on this server with this schema: every row the
 * ingest stored, read out in COPY's binary form beforehand, then COPY'd into the same tables of an
 * empty, migrated database — every index and constraint, the exclusion constraint included, but
 * no row triggers (so no per-row foreign-key checks) — in one transaction, committed. Parsing,
 * deriving and checking references are left out: they can only add to it.
 */
async function schemaFloorMs(fromUrl: string, toUrl: string): Promise<number> {
  const source = new Client({ connectionString: fromUrl });
  const target = new Client({ connectionString: toUrl });
  await Promise.all([source.connect(), target.connect()]);
  try {
    const dumps: Buffer[] = [];
    for (const table of TABLES) dumps.push(await readAll(source.query(copyTo(`COPY ${table} TO STDOUT (FORMAT binary)`))));
    const t = performance.now();
    await target.query('BEGIN');
    await target.query('SET LOCAL session_replication_role = replica');
    for (const [i, table] of TABLES.entries()) {
      await pipeline(Readable.from([dumps[i]]), target.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT binary)`)));
    }
    await target.query('COMMIT');
    return performance.now() - t;
  } finally {
    await Promise.all([source.end(), target.end()]);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

main().catch((e) => {
  process.stderr.write(`bench:ingest failed: ${(e as Error).stack}\n`);
  process.exitCode = 1;
});
