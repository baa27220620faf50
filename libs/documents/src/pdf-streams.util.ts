import { constants, inflateSync } from 'zlib';

/** A PDF stream that inflates past a budget. */
export class StreamBudgetExceeded extends Error {
  constructor(
    readonly offset: number,
    readonly budget: number,
  ) {
    super(`the stream at byte ${offset} inflates past ${budget} bytes`);
  }
}

/**
 * Inflates each FlateDecode stream of a PDF once, under a budget per stream and one for all, before
 * pdfjs opens it: pdfjs inflates a stream whole when a page needs it (a 1 GB content stream held
 * gigabytes for minutes). The scan is by keywords (`stream` … `endstream`) rather than a parse, so a
 * damaged cross-reference table does not hide a stream; a stream whose data is not valid zlib is
 * left for pdfjs to judge. Streams whose first filter is another (ASCII85, LZW) are not inflated
 * here; the reading worker's memory limit stands behind them.
 */
export function checkPdfStreams(b: Uint8Array, perStream: number, total: number): void {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  let used = 0;
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a) continue;
    start++;
    if (!firstFilterIsFlate(buf.toString('latin1', Math.max(0, at - DICTIONARY_LOOKBACK), at))) continue;
    const end = buf.indexOf(END_STREAM, start);
    const data = buf.subarray(start, end < 0 ? buf.length : end);
    const budget = Math.min(perStream, total - used);
    let inflated: number;
    try {
      inflated = inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new StreamBudgetExceeded(at, budget);
      continue;
    }
    used += inflated;
    if (end > 0) at = end;
  }
}

const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');
/** A stream's dictionary ends just before `stream`; a few hundred bytes hold any real one's /Filter. */
const DICTIONARY_LOOKBACK = 1024;

/** The stream's object (from its `obj` keyword) names /FlateDecode (or /Fl) as its filter, alone or first in an array. */
function firstFilterIsFlate(before: string): boolean {
  const dict = before.slice(Math.max(0, before.lastIndexOf('obj')));
  const m = /\/Filter\s*(?:\[\s*)?\/(\w+)/.exec(dict);
  return m !== null && (m[1] === 'FlateDecode' || m[1] === 'Fl');
}
