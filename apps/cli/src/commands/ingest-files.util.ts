import { readdirSync, statSync } from 'fs';
import { extname, join } from 'path';

/**
 * Names of the files a directory holds that `ingest` reads (the kind is told from the content
 * afterwards; the name only keeps out what is plainly something else — notes, spreadsheets,
 * archives — which would each be refused with a message).
 */
const LOADABLE = new Set(['.txt', '.text', '.pdf', '.docx', '.html', '.htm', '.png', '.jpg', '.jpeg']);

/**
 * The files to load, in order: each FILE as given; each directory replaced by the loadable files
 * under it (subfolders too; hidden ones left out), sorted by path in code-point order so that the
 * same directory loads in the same order on every machine, whatever its locale.
 * A path that does not exist stays as given: reading it reports it with the other refusals.
 */
export function filesToLoad(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (isDirectory(arg)) out.push(...loadableUnder(arg).sort(byCodePoint));
    else out.push(arg);
  }
  return out;
}

function loadableUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...loadableUnder(path));
    else if (entry.isFile() && LOADABLE.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
