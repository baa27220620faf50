import { FillerWriter } from './filler.generator';
import { GazetteWorld } from './gazette-world.model';
import type { Gazette, GazetteBlock, GazetteOptions } from './gazette.types';
import { writeNotice } from './notice.generator';
import { Rng } from './prng.util';

export type { ExpectedEvent, ExpectedNotice, Gazette, GazetteBlock, GazetteOptions } from './gazette.types';

/**
 * A deterministic synthetic gazette corpus: appointment and removal notices about invented people,
 * places and offices, with other documents between them, laid out and damaged as converted gazette
 * pages are. The same seed and size give the same bytes, so benchmarks and crash tests compare like
 * with like; the notices the generator meant to write come back alongside as gold.
 */

/** Dates run from START over SPAN_DAYS in step with the corpus, so a corpus of any size reads forward in time. */
const START = Date.UTC(2012, 0, 3);
const SPAN_DAYS = 12 * 365;
const DAY_MS = 86_400_000;
/** About half of a gazette's pages are other documents; notices come between them. */
const FILLER_RATE = 0.55;
const MASTHEAD_RATE = 0.03;

/** The corpus block by block, for writing large files without building one big string. */
export function* gazetteBlocks(options: GazetteOptions): Generator<GazetteBlock> {
  const { seed, targetBytes } = options;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!(targetBytes >= 0 && Number.isFinite(targetBytes))) throw new RangeError(`targetBytes must be a finite number >= 0, got ${targetBytes}`);
  const rng = new Rng(seed);
  const world = new GazetteWorld(rng);
  const filler = new FillerWriter(rng, world);
  let bytes = 0;
  let line = 1;
  const block = (text: string): GazetteBlock => {
    const size = Buffer.byteLength(text, 'utf8');
    bytes += size;
    line += countNewlines(text);
    return { text, bytes: size, notice: null };
  };
  while (bytes < targetBytes) {
    const date = dateAt(bytes / targetBytes);
    const issuer = rng.pick(world.issuers);
    if (bytes === 0 || rng.chance(MASTHEAD_RATE)) yield block(filler.masthead(issuer, date));
    if (rng.chance(FILLER_RATE)) for (let n = rng.int(1, 3); n > 0; n--) yield block(filler.block(rng.pick(world.issuers), date));
    const start = line;
    const written = writeNotice(rng, world, issuer, date);
    yield { ...block(written.text), notice: { ...written.notice, line: start } };
  }
}

/** The whole corpus in memory, with its gold. */
export function generateGazette(options: GazetteOptions): Gazette {
  const parts: string[] = [];
  const notices: Gazette['notices'] = [];
  let bytes = 0;
  for (const b of gazetteBlocks(options)) {
    parts.push(b.text);
    bytes += b.bytes;
    if (b.notice) notices.push(b.notice);
  }
  return { text: parts.join(''), bytes, notices };
}

function dateAt(progress: number): string {
  return new Date(START + Math.floor(Math.min(progress, 1) * SPAN_DAYS) * DAY_MS).toISOString().slice(0, 10);
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
