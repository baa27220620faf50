import { execFileSync } from 'child_process';

/**
 * Runs a program a test needs from a Debian package; a missing program fails the test with what
 * to install (CI installs it), never skips it.
 */
export function runRequiredTool(command: string, args: string[], debianPackage: string): void {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${command} not found: install it (apt-get install ${debianPackage})`);
    throw e;
  }
}
