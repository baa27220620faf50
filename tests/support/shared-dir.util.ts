import { existsSync } from 'fs';
import { join, resolve } from 'path';

/**
 * The team's shared material (seed gazette, dev corpus with gold) lives beside the repository in
 * ../shared and is never committed. Tests that read it are registered only when it is there, and
 * say so on the console when it is not, so that nothing is skipped silently.
 */
export const REPO_ROOT = resolve(__dirname, '..', '..');

export function sharedDir(): string | null {
  const dir = process.env.RENMIAN_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared');
  if (existsSync(join(dir, 'corpus'))) return dir;
  console.warn(`../shared not found at ${dir}: the tests that read it are not registered on this machine`);
  return null;
}
