import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { freePort } from '@renmian/database';
import { Answer, Question } from './api-question.util';

/**
 * The HTTP side of bench:api: each target runs as its own Node process (its own event loop and
 * heap, as deployed, and its CPU time can be read apart from autocannon's, which runs in the
 * benchmark's process); autocannon loads one target at a time.
 */
export interface Target {
  name: string;
  /** Entry script, relative to the repository. */
  script: string;
  env: Record<string, string>;
  path: string;
  body(q: Question): string;
  answer(json: unknown): Answer;
}

export interface RunningTarget extends Target {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const REPO = join(__dirname, '..');

/** Starts the target's process and waits until it answers the first question correctly shaped. */
export async function startTarget(target: Target, databaseUrl: string, probe: Question): Promise<RunningTarget> {
  const port = await freePort();
  // BENCH_NODE_ARGS: flags for the targets' Node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where a request's time goes.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', target.script], {
    cwd: REPO,
    env: { ...process.env, ...target.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept to explain a failed start; a running server's logs are not the benchmark's business.
  let output = '';
  const keep = (b: Buffer) => (output = (output + b.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const running: RunningTarget = { ...target, url, pid: child.pid!, stop: () => stopChild(child) };
  try {
    await waitUntilAnswering(running, child, probe);
  } catch (e) {
    await running.stop();
    throw new Error(`${target.name} did not start: ${(e as Error).message}\n${output}`);
  }
  return running;
}

async function waitUntilAnswering(target: RunningTarget, child: ChildProcess, probe: Question): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      target.answer(await ask(target, probe));
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** One request, outside the load: for the probe and the cross-check of answers. */
export async function ask(target: RunningTarget, q: Question): Promise<unknown> {
  const res = await fetch(`${target.url}${target.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: target.body(q) });
  const json = (await res.json()) as { errors?: unknown };
  if (!res.ok || json.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

export interface Round {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx responses, socket errors and timeouts, and 2xx responses carrying GraphQL errors. */
  failures: number;
  failureNote: string;
  cpu: CpuShares;
}

/** CPU milliseconds per request by who spent them, and how busy the whole machine was. */
export interface CpuShares {
  serverMsPerRequest: number;
  postgresMsPerRequest: number;
  loaderMsPerRequest: number;
  /** Of the machine's cores, the share busy during the round (everyone's work, not only ours). */
  machineBusy: number;
  /** Of that, the share used by processes other than the target, PostgreSQL and autocannon. */
  othersBusy: number;
}

/** `seconds` of load from `connections` connections, the bodies cycling through `questions`. */
export async function load(target: RunningTarget, questions: Question[], seconds: number, db: Client, connections = 10): Promise<Round> {
  const bodies = questions.map((q) => target.body(q));
  let next = 0;
  let graphqlErrors = 0;
  let sample = '';
  const before = await cpuSnapshot(target.pid, db);
  const result = await autocannon({
    url: `${target.url}${target.path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status < 300 && !body.includes('"errors"')) return;
          if (status < 300) graphqlErrors++;
          sample ||= `HTTP ${status}: ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  const total = result.requests.total;
  const cpu = cpuShares(before, await cpuSnapshot(target.pid, db), total);
  const failures = result.non2xx + result.errors + result.timeouts + graphqlErrors;
  const failureNote = failures
    ? `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${graphqlErrors} GraphQL errors; e.g. ${sample}`
    : '';
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: total, failures, failureNote, cpu };
}

interface CpuSnapshot {
  server: number;
  postgres: Map<number, number>;
  loader: number;
  machineBusy: number;
  machineTotal: number;
}

/** Linux's USER_HZ: /proc reports process times in hundredths of a second. */
const TICK_MS = 10;

/** utime + stime of a process in ms; 0 when it cannot be read (a database on another machine). */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** Busy and total jiffies of all cores, from the first line of /proc/stat. */
function machineJiffies(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = values.map(Number);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - n[3] - n[4], total };
}

async function cpuSnapshot(serverPid: number, db: Client): Promise<CpuSnapshot> {
  const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  const usage = process.cpuUsage();
  const machine = machineJiffies();
  return {
    server: processCpuMs(serverPid),
    postgres: new Map(rows.map((r) => [r.pid, processCpuMs(r.pid)])),
    loader: (usage.user + usage.system) / 1000,
    machineBusy: machine.busy,
    machineTotal: machine.total,
  };
}

function cpuShares(a: CpuSnapshot, b: CpuSnapshot, requests: number): CpuShares {
  // A backend that connected during the round counts from zero; one that left is lost (the pools
  // keep their connections while busy, and each round starts after a warm-up).
  let postgres = 0;
  for (const [pid, ms] of b.postgres) postgres += ms - (a.postgres.get(pid) ?? 0);
  const server = b.server - a.server;
  const loader = b.loader - a.loader;
  const totalJiffies = b.machineTotal - a.machineTotal;
  const busyJiffies = b.machineBusy - a.machineBusy;
  const per = (ms: number) => (requests ? ms / requests : 0);
  const ours = (server + postgres + loader) / TICK_MS;
  return {
    serverMsPerRequest: per(server),
    postgresMsPerRequest: per(postgres),
    loaderMsPerRequest: per(loader),
    machineBusy: totalJiffies ? busyJiffies / totalJiffies : 0,
    othersBusy: totalJiffies ? Math.max(0, busyJiffies - ours) / totalJiffies : 0,
  };
}
