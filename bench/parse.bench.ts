import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { parseNotices } from '@renmian/notice-parser';
import { generateGazette } from './gazette.generator';
import { scoreParse } from './gold-score.util';

/**
 * `npm run -s bench:parse`: parser throughput on 10 MB and 50 MB synthetic gazettes, beside a
 * baseline that does the least any reader of the same file must do — read it from disk as UTF-8,
 * split it into lines and look at each. Both read the same file in the same process, alternating,
 * after a warm-up; each figure is the median of ROUNDS. The last line is machine-read:
 *   RESULT parse_mb_s=<n> baseline_mb_s=<n> ratio=<parse time/baseline time> linearity=<(t50/t10)/5>
 * with throughput and ratio from the 50 MB run. Targets: ratio <= 4, linearity <= 1.3.
 */

const SIZES_MB = [10, 50];
const ROUNDS = 5;
const SEED = 20231209;

// A collection before every timed run, so that garbage one run leaves is not charged to the next.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Keeps results alive so the baseline's loop cannot be optimised away. */
let sink = 0;

function baseline(file: string): number {
  let chars = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) chars += line.length;
  return chars;
}

function parseFile(file: string): number {
  return parseNotices(readFileSync(file, 'utf8')).notices.length;
}

function timed(f: () => void): number {
  gc();
  const t = performance.now();
  f();
  return performance.now() - t;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Row {
  mb: number;
  bytes: number;
  lines: number;
  goldNotices: number;
  parsedNotices: number;
  f1: number;
  parseMs: number;
  baselineMs: number;
}

/** What the warm-up learnt about one corpus; the gazette and its gold are not kept past it. */
interface Prepared {
  file: string;
  bytes: number;
  lines: number;
  goldNotices: number;
  parsedNotices: number;
  f1: number;
}

/**
 * Generates, writes and warms up on one corpus, and checks the parse against its gold. Only counts
 * leave this function: the timed runs that follow must not carry a generator's gold tree and a
 * warm-up's result in the heap, which every major collection of the parser's would mark again.
 */
function prepare(mb: number, dir: string): Prepared {
  process.stderr.write(`generating ${mb} MB (seed ${SEED})…\n`);
  const gazette = generateGazette({ seed: SEED, targetBytes: mb * 1e6 });
  const { text } = gazette;
  const file = join(dir, `gazette-${mb}mb.txt`);
  writeFileSync(file, text);
  process.stderr.write(`warming up on ${gazette.bytes} bytes…\n`);
  const warm = parseNotices(text);
  sink += baseline(file);
  const score = scoreParse(gazette.notices, warm);
  return { file, bytes: gazette.bytes, lines: text.split('\n').length, goldNotices: gazette.notices.length, parsedNotices: warm.notices.length, f1: score.f1 };
}

function measure(mb: number, dir: string): Row {
  const { file, ...counts } = prepare(mb, dir);
  const parse: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Alternating, so that a noisy neighbour or a thermal dip hurts both sides alike.
    base.push(timed(() => (sink += baseline(file))));
    parse.push(timed(() => (sink += parseFile(file))));
    process.stderr.write(`  round ${r + 1}/${ROUNDS}: parse ${parse[r].toFixed(0)} ms, baseline ${base[r].toFixed(0)} ms\n`);
  }
  return { mb, ...counts, parseMs: median(parse), baselineMs: median(base) };
}

const mbPerSecond = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

function printTable(rows: Row[]): void {
  const head = ['corpus', 'bytes', 'lines', 'notices gold/parsed', 'event F1', 'parse ms', 'baseline ms', 'parse MB/s', 'baseline MB/s', 'ratio'];
  const body = rows.map((r) => [
    `${r.mb} MB`,
    String(r.bytes),
    String(r.lines),
    `${r.goldNotices}/${r.parsedNotices}`,
    r.f1.toFixed(4),
    r.parseMs.toFixed(0),
    r.baselineMs.toFixed(0),
    mbPerSecond(r.bytes, r.parseMs).toFixed(1),
    mbPerSecond(r.bytes, r.baselineMs).toFixed(1),
    (r.parseMs / r.baselineMs).toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  for (const cells of [head, ...body]) console.log(cells.map((c, i) => c.padStart(widths[i])).join('  '));
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'renmian-bench-'));
  let rows: Row[];
  try {
    rows = SIZES_MB.map((mb) => measure(mb, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`read + parseNotices vs read + split into lines, same file, median of ${ROUNDS} rounds after a warm-up (node ${process.version})`);
  printTable(rows);
  const [small, large] = rows;
  // As the issue defines it: (t50 / t10) / 5; the corpora are 10 and 50 MB to within a few kilobytes.
  const linearity = large.parseMs / small.parseMs / 5;
  if (sink === -1) console.log('');
  console.log(
    `RESULT parse_mb_s=${mbPerSecond(large.bytes, large.parseMs).toFixed(1)} baseline_mb_s=${mbPerSecond(large.bytes, large.baselineMs).toFixed(1)} ratio=${(large.parseMs / large.baselineMs).toFixed(2)} linearity=${linearity.toFixed(2)}`,
  );
}

main();
