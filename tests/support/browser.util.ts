import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (no browser download). CHROMIUM_PATH overrides the
 * lookup. A missing browser fails the suite with what to install — it never skips silently.
 */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not this one
    }
  }
  throw new Error('no Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH');
}

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
