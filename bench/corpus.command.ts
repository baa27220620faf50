import { closeSync, openSync, writeSync } from 'fs';
import { gazetteBlocks } from './gazette.generator';

/**
 * `npm run -s bench:corpus -- --mb N --out FILE [--seed S]`: writes a synthetic gazette of about
 * N MB (10^6 bytes) for benchmarks, ingestion runs and crash tests, block by block so that large
 * corpora never sit in memory whole. Prints one summary line to stderr. Exit 2 on bad arguments.
 */

const USAGE = 'usage: npm run -s bench:corpus -- --mb N --out FILE [--seed S]';
const DEFAULT_SEED = 20231209;
const MAX_MB = 4096;
const FLUSH_BYTES = 1 << 20;

interface Args {
  mb: number;
  out: string;
  seed: number;
}

class UsageError extends Error {}

export function parseArgs(argv: string[]): Args {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (!['mb', 'out', 'seed'].includes(name)) throw new UsageError(`unknown option '--${name}'`);
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    given.set(name, value);
  }
  const mb = Number(given.get('mb'));
  if (!given.has('mb') || !(mb > 0 && mb <= MAX_MB)) throw new UsageError(`--mb must be a number of megabytes in (0, ${MAX_MB}]`);
  const out = given.get('out');
  if (out === undefined) throw new UsageError('--out FILE is required');
  const seed = given.has('seed') ? Number(given.get('seed')) : DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new UsageError('--seed must be an integer');
  return { mb, out, seed };
}

function writeCorpus({ mb, out, seed }: Args): string {
  const fd = openSync(out, 'w');
  let bytes = 0;
  let notices = 0;
  let events = 0;
  let noticeBytes = 0;
  let pending: string[] = [];
  let pendingBytes = 0;
  try {
    for (const block of gazetteBlocks({ seed, targetBytes: Math.round(mb * 1e6) })) {
      pending.push(block.text);
      pendingBytes += block.bytes;
      bytes += block.bytes;
      if (block.notice) {
        notices++;
        events += block.notice.events.length;
        noticeBytes += block.bytes;
      }
      if (pendingBytes >= FLUSH_BYTES) {
        writeSync(fd, pending.join(''));
        pending = [];
        pendingBytes = 0;
      }
    }
    writeSync(fd, pending.join(''));
  } finally {
    closeSync(fd);
  }
  const share = bytes === 0 ? 0 : (100 * noticeBytes) / bytes;
  return `bench:corpus: ${out}: ${bytes} bytes, ${notices} notices, ${events} events (notices ${share.toFixed(0)}% of bytes), seed ${seed}`;
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench:corpus: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    process.stderr.write(`${writeCorpus(args)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`bench:corpus: cannot write ${args.out}: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
