import 'reflect-metadata';
import { performance } from 'perf_hooks';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppModule } from '../apps/api/src/app.module';
import { NEST_OPTIONS, configureApp, httpAdapter } from '../apps/api/src/app.setup';
import { benchDatabase } from './bench-database.util';
import { BENCH_ORGANIZATION, YEARS, seedBenchOrganization } from './org-page.seed';

/**
 * `npm run -s bench:org-page`: the organisation page (/org/<name>) of one organisation of 40 posts
 * with 20 years of tenures — today's holders, its vacancies and the timeline of every post over the
 * 20 years — served by the real app over HTTP, ROUNDS times after warm-ups. Beside it, in the same
 * run: the same page over one year (the picture nearly empty) and the organisation's tenures read
 * by SQL alone (the floor under any page). Target: median under 300 ms. Last line:
 *   RESULT posts=<n> tenures=<n> page_ms_median=<n> page_ms_max=<n> one_year_ms_median=<n> sql_ms_median=<n> bytes=<n>
 * RENMIAN_BENCH_SERVE=1 keeps the server running afterwards, to look at the pages.
 */
const ROUNDS = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const max = (xs: number[]) => Math.max(...xs);

async function timed(rounds: number, run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

async function main(): Promise<void> {
  const db = await benchDatabase('orgpage');
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ databaseUrl: db.url }), httpAdapter(), { ...NEST_OPTIONS, logger: false });
  configureApp(app, { rateLimitPerMinute: 100_000 });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  try {
    const ds = app.get(DataSource);
    const seeded = await seedBenchOrganization(ds);
    await ds.query('ANALYZE');
    const asOf = `${YEARS.to}-06-30`;
    const path = `/org/${encodeURIComponent(BENCH_ORGANIZATION)}?asOf=${asOf}&from=${YEARS.from}&to=${YEARS.to}`;
    let bytes = 0;
    const get = async (p: string) => {
      const res = await fetch(`${base}${p}`);
      if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
      bytes = (await res.text()).length;
    };
    const page = await timed(ROUNDS, () => get(path));
    const pageBytes = bytes;
    const oneYear = await timed(ROUNDS, () => get(`/org/${encodeURIComponent(BENCH_ORGANIZATION)}?asOf=${asOf}&from=${YEARS.to}&to=${YEARS.to}`));
    const sql = await timed(ROUNDS, () =>
      ds.query(
        `SELECT t.*, pe.name, po.name FROM tenures t JOIN people pe ON pe.id = t.person_id JOIN posts po ON po.id = t.post_id
          WHERE t.organization_id = (SELECT id FROM organizations WHERE name = $1) AND t.superseded_at IS NULL`,
        [BENCH_ORGANIZATION],
      ),
    );
    const f = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, max ${max(xs).toFixed(1)} ms`;
    console.log(`organisation: ${seeded.posts} posts, ${seeded.tenures} tenures over ${YEARS.from}–${YEARS.to}`);
    console.log(`/org/ page, 20-year timeline (${pageBytes} bytes), ${ROUNDS} rounds: ${f(page)}`);
    console.log(`/org/ page, 1-year timeline, same run: ${f(oneYear)}`);
    console.log(`the organisation's tenures by SQL alone, same run: ${f(sql)}`);
    console.log(
      `RESULT posts=${seeded.posts} tenures=${seeded.tenures} page_ms_median=${median(page).toFixed(0)} page_ms_max=${max(page).toFixed(0)} one_year_ms_median=${median(oneYear).toFixed(0)} sql_ms_median=${median(sql).toFixed(1)} bytes=${pageBytes}`,
    );
    if (process.env.RENMIAN_BENCH_SERVE) {
      process.stderr.write(`serving ${base}${path} (database ${db.url}) — Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
  } finally {
    await app.close();
    await db.close();
  }
}

main().catch((e) => {
  process.stderr.write(`bench:org-page failed: ${(e as Error).stack}\n`);
  process.exitCode = 1;
});
