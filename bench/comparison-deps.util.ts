import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';

/** The comparison's own folder: its package.json and lock pin PostGraphile apart from the project's. */
export const POSTGRAPHILE_DIR = join(__dirname, 'postgraphile');

/**
 * PostGraphile 5 is needed by bench:api alone and declares Node 22, while the project promises
 * Node 20.19: installing it with the project printed 17 EBADENGINE warnings on every fresh clone
 * (docs/decisions.md #16). bench:api installs it here, from its own lock, the first time it runs.
 */
export function ensureComparisonDependencies(log: (line: string) => void): void {
  if (existsSync(join(POSTGRAPHILE_DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  log(`installing the comparison's dependencies (PostGraphile) into ${POSTGRAPHILE_DIR}…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // stdout to stderr: the benchmark's stdout carries only its RESULT lines.
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: POSTGRAPHILE_DIR, stdio: ['ignore', 2, 2] });
}
