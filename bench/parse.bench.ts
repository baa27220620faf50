import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseNotices } from '@renmian/notice-parser';
import { generateGazette } from './gazette.generator';

/**
 * Parser throughput beside a baseline that does the least any reader of the same file must do:
 * read it from disk as UTF-8 and split it into lines. Both read the same file in the same run;
 * each figure is the median of several rounds after a warm-up.
 */
const SIZES_MB = [10, 50];
const ROUNDS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(f: () => unknown): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function measure(file: string): { parse: number; baseline: number; notices: number } {
  let notices = 0;
  let lines = 0;
  const parse = () => {
    notices = parseNotices(readFileSync(file, 'utf8')).notices.length;
  };
  const baseline = () => {
    for (const l of readFileSync(file, 'utf8').split('\n')) lines += l.length > 0 ? 1 : 0;
  };
  parse();
  baseline();
  const p: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate so that a noisy neighbour hurts both alike.
    b.push(time(baseline));
    p.push(time(parse));
  }
  if (lines < 0) throw new Error('unreachable: keeps the baseline from being optimised away');
  return { parse: median(p), baseline: median(b), notices };
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'renmian-bench-'));
  const results: { mb: number; bytes: number; parse: number; baseline: number; notices: number }[] = [];
  try {
    for (const mb of SIZES_MB) {
      const file = join(dir, `gazette-${mb}mb.txt`);
      const { text } = generateGazette({ seed: 20231209, targetBytes: mb * 1e6 });
      writeFileSync(file, text);
      results.push({ mb, bytes: Buffer.byteLength(text), ...measure(file) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('size    bytes        notices   parse ms   baseline ms   parse MB/s   baseline MB/s   ratio');
  for (const r of results) {
    const mbs = (ms: number) => (r.bytes / 1e6 / (ms / 1000)).toFixed(1);
    console.log(
      `${String(r.mb).padEnd(4)}MB  ${String(r.bytes).padEnd(11)}  ${String(r.notices).padEnd(8)}  ${r.parse.toFixed(0).padStart(8)}   ${r.baseline.toFixed(0).padStart(11)}   ${mbs(r.parse).padStart(10)}   ${mbs(r.baseline).padStart(13)}   ${(r.parse / r.baseline).toFixed(2)}`,
    );
  }
  const [small, large] = results;
  const mbs = (ms: number) => (large.bytes / 1e6 / (ms / 1000)).toFixed(1);
  // As specified: (t50 / t10) / 5 — the sizes are generated to within a few bytes of 10 and 50 MB.
  const linearity = large.parse / small.parse / 5;
  console.log(
    `RESULT parse_mb_s=${mbs(large.parse)} baseline_mb_s=${mbs(large.baseline)} ratio=${(large.parse / large.baseline).toFixed(2)} linearity=${linearity.toFixed(2)}`,
  );
}

main();
