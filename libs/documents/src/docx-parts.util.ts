import { ZipEntry, inflateEntry } from './zip-entries.util';

/**
 * Images and embedded objects are not read for text (mammoth opens them only to convert images to
 * HTML), so their bytes need not be inflated before it runs.
 */
const MEDIA = /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|wdp|bin|ole|mp[34]|wav|avi|mov|ttf|odttf|fntdata)$/i;

/**
 * The entries of a Word document that mammoth may parse as XML: every part but media — and a
 * "media" name that a relationship other than an image's points at (a main document renamed
 * `image1.png` is still parsed as the main document). Relationship parts are small XML; they are
 * inflated here under the same budget to learn their targets.
 */
export function partsReadAsXml(b: Uint8Array, entries: ZipEntry[], budget: number): ZipEntry[] {
  const targets = new Set<string>();
  let used = 0;
  for (const rels of entries.filter((e) => e.name.endsWith('.rels'))) {
    const xml = inflateEntry(b, rels, budget - used, budget);
    used += xml.length;
    const base = rels.name.replace(/(?:^|\/)_rels\/[^/]*$/, '');
    for (const m of xml.toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (/\bTargetMode\s*=\s*["']External/i.test(tag) || /\bType\s*=\s*["'][^"']*\/image["']/i.test(tag)) continue;
      const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
      if (target) targets.add(resolve(base, target));
    }
  }
  return entries.filter((e) => !MEDIA.test(e.name) || targets.has(e.name));
}

/** A relationship's target as an entry name: relative to the folder its source part is in, or from the root when it starts with `/`. */
function resolve(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return parts.join('/');
}
