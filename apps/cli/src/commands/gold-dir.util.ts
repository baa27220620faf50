import { InvalidGoldError, ScoredDocument, asGoldDocument } from '@renmian/parse-eval';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { InputFileError, readTextFile } from './read-text-file.util';

/** One scored text: its gold annotation and the raw text the parser reads. */
export interface GoldPair {
  name: string;
  goldPath: string;
  rawPath: string;
  gold: ScoredDocument;
  text: string;
}

/**
 * Reads DIR/gold/NAME.json with DIR/raw/NAME.txt, in name order (the scoring script's layout).
 * Everything is read and checked before anything is scored, so a bad file stops the run before it
 * prints figures that would leave that file out.
 */
export function readGoldDir(dir: string): GoldPair[] {
  requireDirectory(dir, dir);
  const goldDir = join(dir, 'gold');
  const rawDir = join(dir, 'raw');
  requireDirectory(goldDir, dir, 'has no gold/ folder');
  requireDirectory(rawDir, dir, 'has no raw/ folder');
  let names: string[];
  try {
    names = readdirSync(goldDir).filter((f) => f.endsWith('.json'));
  } catch (e) {
    throw new InputFileError(goldDir, `cannot be listed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // Code-point order, as Python's sorted() lists them (UTF-16 order differs past U+FFFF).
  names.sort((a, b) => compareCodePoints(a, b));
  return names.map((file) => {
    const name = file.slice(0, -'.json'.length);
    const goldPath = join(goldDir, file);
    const rawPath = join(rawDir, `${name}.txt`);
    const gold = readGold(goldPath);
    if (!existsSync(rawPath)) throw new InputFileError(rawPath, `no such file (the raw text for ${goldPath})`);
    return { name, goldPath, rawPath, gold, text: readTextFile(rawPath) };
  });
}

function readGold(path: string): ScoredDocument {
  const text = readTextFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputFileError(path, `not valid JSON (${(e as Error).message})`);
  }
  try {
    return asGoldDocument(json);
  } catch (e) {
    if (e instanceof InvalidGoldError) throw new InputFileError(path, `not a gold file: ${e.message}`);
    throw e;
  }
}

function requireDirectory(path: string, named: string, missing = 'no such directory'): void {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputFileError(named, missing);
    throw new InputFileError(path, `cannot be read (${code ?? (e as Error).message})`);
  }
  if (!isDir) throw new InputFileError(named, path === named ? 'not a directory' : missing);
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
