import { readFileSync, readdirSync, statSync } from 'fs';
import { join, relative, resolve } from 'path';

const SRC = join(__dirname, '..', '..', '..', 'apps', 'api', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of the API's sources, as [importing folder, imported path], both relative to apps/api/src. */
const imports = files(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => [relative(SRC, file), relative(SRC, resolve(file, '..', m[1]))] as const),
);

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

describe('who may import what in the API', () => {
  it('finds the imports it checks', () => {
    expect(imports.some(([, to]) => inside(to, 'identity'))).toBe(true);
  });

  it('keeps who is looking in identity: auth, web, graphql and identity itself never reach into the desk', () => {
    const reaching = imports.filter(([from, to]) => ['auth', 'web', 'graphql', 'identity', 'common', 'review'].some((f) => inside(from, f)) && inside(to, 'desk'));
    expect(reaching).toEqual([]);
  });

  it('takes the Chinese labels from common: the review findings never import the pages’ views', () => {
    expect(imports.filter(([from, to]) => inside(from, 'review') && inside(to, 'web/views'))).toEqual([]);
    expect(imports.filter(([, to]) => /labels\.util$/.test(to)).every(([, to]) => to === 'common/labels.util')).toBe(true);
    expect(imports.some(([from, to]) => inside(from, 'review') && to === 'common/labels.util')).toBe(true);
  });
});
