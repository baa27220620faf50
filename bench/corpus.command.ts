import { writeFileSync } from 'fs';
import { generateGazette } from './gazette.generator';

/**
 * `npm run -s bench:corpus -- --mb N --out FILE [--seed S]`: writes a synthetic gazette of about
 * N MB for benchmarks and crash tests. One summary line goes to stderr.
 */
function main(argv: string[]): number {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) return usage(`unexpected argument ${argv[i]}`);
    args.set(argv[i].slice(2), argv[i + 1]);
  }
  const mb = Number(args.get('mb'));
  const out = args.get('out');
  const seed = Number(args.get('seed') ?? 20231209);
  if (!(mb > 0 && mb <= 4096)) return usage('--mb must be a number of megabytes between 0 and 4096');
  if (!out) return usage('--out FILE is required');
  if (!Number.isInteger(seed)) return usage('--seed must be an integer');
  const gazette = generateGazette({ seed, targetBytes: Math.round(mb * 1e6) });
  writeFileSync(out, gazette.text);
  const events = gazette.notices.reduce((n, x) => n + x.events.length, 0);
  process.stderr.write(`${out}: ${Buffer.byteLength(gazette.text)} bytes, ${gazette.notices.length} notices, ${events} events (seed ${seed})\n`);
  return 0;
}

function usage(problem: string): number {
  process.stderr.write(`bench:corpus: ${problem}\nusage: npm run -s bench:corpus -- --mb N --out FILE [--seed S]\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
