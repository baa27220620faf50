import { performance } from 'perf_hooks';
import { Client } from 'pg';
import { TENURES_PER_ORGANIZATION, organizationNames, seedOrganizations } from './api-seed.util';
import { Round, RunningTarget, Target, ask, load, startTarget } from './api-load.util';
import {
  BENCH_FUNCTION_SQL,
  OURS_QUERY,
  POSTGRAPHILE_QUERY,
  Question,
  HOLDERS_SQL,
  oursAnswer,
  postgraphileAnswer,
  questions,
} from './api-question.util';
import { prepared } from '@renmian/database';
import { BenchDatabase, benchDatabase } from './bench-database.util';
import { ensureComparisonDependencies } from './comparison-deps.util';

/**
 * `npm run -s bench:api`: seeds 1,000,000 tenures across 10,000 organisations, then asks the same
 * question — who held the posts of organisation X on day D, with names and titles — of
 *   ours          the service as deployed (apps/api/src/main.ts): Nest, Mercurius, TypeORM;
 *   bare          Fastify + pg running the same statement: the ceiling;
 *   postgraphile  PostGraphile 5 serving the same SQL as a function,
 * with autocannon, 10 connections, interleaved rounds of 10 s, medians reported. Also times the
 * as-of query itself at 10,000 and at 1,000,000 tenures. Figures go to stdout, progress to
 * stderr; the last line is
 *   RESULT ours_rps=… bare_rps=… postgraphile_rps=… ours_vs_bare=… ours_vs_postgraphile=… p99_ms=… asof_growth=…
 * p99_ms is the median of our rounds' p99 latencies. Any failed request (non-2xx, socket error,
 * GraphQL error) stops the run with exit code 1.
 */
const ORGANIZATIONS = 10_000;
/** The small stage: 100 organisations are 10,000 tenures. */
const SMALL_ORGANIZATIONS = 10_000 / TENURES_PER_ORGANIZATION;
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const ROUND_SECONDS = 10;
/** Before every round: JIT for the first, and pools that idled through the other targets' rounds. */
const WARMUP_SECONDS = 2;
const ASOF_RUNS = 4000;
const ASOF_PASSES = 4;
const QUESTION_SEED = 20_240_401;

// All three run as deployed: NODE_ENV=production (graphql-js skips its development-only checks,
// about 3% of a request's CPU in the profile), PostGraphile with GRAPHILE_ENV=production too.
const TARGETS: Target[] = [
  {
    name: 'ours',
    script: 'apps/api/src/main.ts',
    // Every request comes from one address; the production default (600 a minute per key or
    // address) would refuse all but the first 600. Raised through the variable deployments set;
    // the limiter itself still runs on every request.
    env: { RATE_LIMIT_PER_MINUTE: '1000000000', NODE_ENV: 'production' },
    path: '/graphql',
    body: (q) => JSON.stringify({ query: OURS_QUERY, variables: q }),
    answer: (json) => oursAnswer(json as Parameters<typeof oursAnswer>[0]),
  },
  {
    name: 'bare',
    script: 'bench/bare-api.server.ts',
    env: { NODE_ENV: 'production' },
    path: '/holders',
    body: (q) => JSON.stringify(q),
    answer: (json) => oursAnswer(json as Parameters<typeof oursAnswer>[0]),
  },
  {
    name: 'postgraphile',
    script: 'bench/postgraphile/postgraphile-api.server.ts',
    env: { GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
    path: '/graphql',
    body: (q) => JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: q }),
    answer: (json) => postgraphileAnswer(json as Parameters<typeof postgraphileAnswer>[0]),
  },
];

const progress = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/**
 * The as-of query alone, sequentially over one connection per database: median and p90 in ms,
 * and rows per answer. One pass over each database's questions first, so that both sizes are
 * timed with their pages cached (the whole database fits in this machine's memory): what grows is
 * then the query's own work. The two sizes are timed in alternating passes, so that a machine
 * that slows down or speeds up in the meantime weighs on both alike.
 */
async function asOfLatencies(stages: { url: string; questions: Question[] }[]): Promise<{ median: number; p90: number; rows: number }[]> {
  const clients = stages.map((s) => new Client({ connectionString: s.url }));
  try {
    for (const c of clients) await c.connect();
    for (const [i, s] of stages.entries()) for (const q of s.questions) await clients[i].query(prepared(HOLDERS_SQL, [q.organization, q.asOf]));
    const times = stages.map(() => [] as number[]);
    const rows = stages.map(() => 0);
    for (let pass = 0; pass < ASOF_PASSES; pass++) {
      for (const [i, s] of stages.entries()) {
        const perPass = ASOF_RUNS / ASOF_PASSES;
        for (let run = pass * perPass; run < (pass + 1) * perPass; run++) {
          const q = s.questions[run % s.questions.length];
          const t = performance.now();
          rows[i] += (await clients[i].query(prepared(HOLDERS_SQL, [q.organization, q.asOf]))).rowCount ?? 0;
          times[i].push(performance.now() - t);
        }
      }
    }
    return times.map((ts, i) => ({ median: median(ts), p90: quantile(ts, 0.9), rows: rows[i] / ts.length }));
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/**
 * Seeds the 1,000,000 tenures, and 10,000 in a database of their own on the same server, then
 * times the as-of query on both.
 */
async function seedAndTimeAsOf(db: BenchDatabase): Promise<{ growth: number; allNames: string[] }> {
  const seeded = (t: number) => (done: number) => progress(`  seeded ${done} organisations (${((performance.now() - t) / 1000).toFixed(0)} s)`);
  progress(`seeding ${SMALL_ORGANIZATIONS} organisations (${SMALL_ORGANIZATIONS * TENURES_PER_ORGANIZATION} tenures) into a database of their own…`);
  const smallUrl = await db.another('api_small');
  await seedOrganizations(smallUrl, 1, SMALL_ORGANIZATIONS, seeded(performance.now()));
  progress(`seeding ${ORGANIZATIONS} organisations (${ORGANIZATIONS * TENURES_PER_ORGANIZATION} tenures)…`);
  const t = performance.now();
  await seedOrganizations(db.url, 1, ORGANIZATIONS, seeded(t));
  const seconds = (performance.now() - t) / 1000;
  const allNames = await organizationNames(db.url, 1, ORGANIZATIONS);
  const [small, large] = await asOfLatencies([
    { url: smallUrl, questions: questions(await organizationNames(smallUrl, 1, SMALL_ORGANIZATIONS), 1000, QUESTION_SEED) },
    { url: db.url, questions: questions(allNames, 1000, QUESTION_SEED) },
  ]);
  const counts = await tableCounts(db.url);
  console.log(`data: ${counts} (seeded in ${seconds.toFixed(0)} s through the real schema: every constraint, trigger and index)`);
  console.log(
    `as-of query (one organisation's holders on one day, prepared as the service prepares it; ${ASOF_RUNS} sequential runs per size over one connection after a warm-up pass, ` +
      `in ${ASOF_PASSES} alternating passes, random organisations and days):`,
  );
  const line = (n: number, r: typeof small) =>
    `  ${n.toLocaleString('en')} tenures: median ${r.median.toFixed(3)} ms, p90 ${r.p90.toFixed(3)} ms, ${r.rows.toFixed(1)} rows per answer`;
  console.log(line(SMALL_ORGANIZATIONS * TENURES_PER_ORGANIZATION, small));
  console.log(line(ORGANIZATIONS * TENURES_PER_ORGANIZATION, large));
  const growth = large.median / small.median;
  console.log(`  growth from 10,000 to 1,000,000 tenures: ×${growth.toFixed(2)}`);
  return { growth, allNames };
}

async function tableCounts(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ['tenures', 'organizations', 'posts', 'people', 'events', 'notices'];
    const counts = await Promise.all(tables.map(async (t) => (await client.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n as number));
    return tables.map((t, i) => `${counts[i].toLocaleString('en')} ${t}`).join(', ');
  } finally {
    await client.end();
  }
}

/** Every target must give the same holders, in the same order, before any of them is timed. */
async function crossCheck(targets: RunningTarget[], qs: Question[]): Promise<void> {
  let rows = 0;
  for (const q of qs) {
    const answers = await Promise.all(targets.map(async (t) => t.answer(await ask(t, q))));
    for (let i = 1; i < targets.length; i++) {
      if (JSON.stringify(answers[i]) !== JSON.stringify(answers[0])) {
        throw new Error(`${targets[i].name} and ${targets[0].name} disagree on ${JSON.stringify(q)}:\n${answers[i].join('\n')}\n---\n${answers[0].join('\n')}`);
      }
    }
    rows += answers[0].length;
  }
  if (rows === 0) throw new Error('every cross-checked answer was empty: the questions do not fit the data');
  progress(`cross-check: ${targets.length} targets gave the same ${rows} holders for ${qs.length} questions`);
}

function roundLine(label: string, name: string, r: Round): string {
  const c = r.cpu;
  return (
    `${label.padEnd(9)} ${name.padEnd(13)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms` +
    `  CPU per request: server ${c.serverMsPerRequest.toFixed(2)} ms, PostgreSQL ${c.postgresMsPerRequest.toFixed(2)} ms, autocannon ${c.loaderMsPerRequest.toFixed(2)} ms` +
    `  machine ${(c.machineBusy * 100).toFixed(0)}% busy (others ${(c.othersBusy * 100).toFixed(0)}%)`
  );
}

/** Interleaved rounds (ours, bare, postgraphile, ours, …), each after a short warm-up. */
async function runRounds(targets: RunningTarget[], qs: Question[], url: string): Promise<Map<string, Round[]>> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const rounds = new Map<string, Round[]>(targets.map((t) => [t.name, []]));
  try {
    for (let i = 1; i <= ROUNDS; i++) {
      for (const target of targets) {
        progress(`round ${i}/${ROUNDS}: ${target.name}…`);
        const warm = await load(target, qs, WARMUP_SECONDS, db);
        if (warm.failures) throw new Error(`${target.name} failed during warm-up: ${warm.failureNote}`);
        const r = await load(target, qs, ROUND_SECONDS, db);
        console.log(roundLine(`round ${i}`, target.name, r));
        if (r.failures) throw new Error(`${target.name} failed in round ${i}: ${r.failureNote}`);
        rounds.get(target.name)!.push(r);
      }
    }
  } finally {
    await db.end();
  }
  return rounds;
}

interface Summary {
  rps: number;
  p50: number;
  p99: number;
  server: number;
  postgres: number;
}

function summarise(rounds: Round[]): Summary {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    server: median(rounds.map((r) => r.cpu.serverMsPerRequest)),
    postgres: median(rounds.map((r) => r.cpu.postgresMsPerRequest)),
  };
}

function printSummary(names: string[], s: Summary[]): void {
  const row = (label: string, values: string[]) => console.log(`${label.padEnd(34)}${values.map((v) => v.padStart(14)).join('')}`);
  console.log(`\nmedians of ${ROUNDS} rounds of ${ROUND_SECONDS} s, 10 connections:`);
  row('', names);
  row('requests/s', s.map((x) => x.rps.toFixed(0)));
  row('latency p50 (ms)', s.map((x) => String(x.p50)));
  row('latency p99 (ms)', s.map((x) => String(x.p99)));
  row('server CPU per request (ms)', s.map((x) => x.server.toFixed(2)));
  row('PostgreSQL CPU per request (ms)', s.map((x) => x.postgres.toFixed(2)));
  row('relative to bare', s.map((x) => (x.rps / s[1].rps).toFixed(2)));
}

async function main(): Promise<void> {
  ensureComparisonDependencies(progress);
  const db = await benchDatabase('api');
  const running: RunningTarget[] = [];
  try {
    const { growth, allNames } = await seedAndTimeAsOf(db);
    const setup = new Client({ connectionString: db.url });
    await setup.connect();
    await setup.query(BENCH_FUNCTION_SQL);
    await setup.end();
    const qs = questions(allNames, 2000, QUESTION_SEED + 1);
    for (const target of TARGETS) {
      progress(`starting ${target.name}…`);
      running.push(await startTarget(target, db.url, qs[0]));
    }
    await crossCheck(running, qs.slice(0, 40));
    const rounds = await runRounds(running, qs, db.url);
    const [ours, bare, pgl] = running.map((t) => summarise(rounds.get(t.name)!));
    printSummary(running.map((t) => t.name), [ours, bare, pgl]);
    const vsBare = ours.rps / bare.rps;
    const vsPgl = ours.rps / pgl.rps;
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `\ntargets: ours/bare ${vsBare.toFixed(2)} ≥ 0.8 ${met(vsBare >= 0.8)}; ours/postgraphile ${vsPgl.toFixed(2)} ≥ 1.0 ${met(vsPgl >= 1)}; ` +
        `as-of growth ${growth.toFixed(2)} ≤ 1.5 ${met(growth <= 1.5)}`,
    );
    console.log(
      `RESULT ours_rps=${ours.rps.toFixed(0)} bare_rps=${bare.rps.toFixed(0)} postgraphile_rps=${pgl.rps.toFixed(0)} ` +
        `ours_vs_bare=${vsBare.toFixed(2)} ours_vs_postgraphile=${vsPgl.toFixed(2)} p99_ms=${ours.p99} asof_growth=${growth.toFixed(2)}`,
    );
  } finally {
    await Promise.all(running.map((t) => t.stop()));
    await db.close();
  }
}

main().catch((e) => {
  process.stderr.write(`bench:api failed: ${(e as Error).stack}\n`);
  process.exitCode = 1;
});
