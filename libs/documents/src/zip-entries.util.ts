import { inflateRawSync } from 'zlib';

/** One entry of a ZIP archive's central directory. Sizes are what the archive claims, not trusted. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not inflated here. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/**
 * The entries of a ZIP archive, read from its central directory — enough to tell a Word document
 * (`word/document.xml`) from any other ZIP without unpacking anything. ZIP64 is followed: an
 * archive of more than 65,535 entries (or past 4 GB offsets) keeps its true count and offsets in
 * the ZIP64 end record, and the 16/32-bit fields then hold 0xffff/0xffffffff. Null when the bytes
 * are not a readable ZIP.
 */
export function zipEntries(b: Uint8Array): ZipEntry[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) {
    const zip64 = zip64End(view, eocd);
    if (zip64 === null) return null;
    ({ count, at } = zip64);
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > b.length) return null;
    const entry: ZipEntry = {
      name: decoder.decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, at, entry, at + 46 + nameLength, extraLength);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The names alone, as detectKind needs them. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  return zipEntries(b)?.map((e) => e.name) ?? null;
}

/** An archive whose parts inflate to more than the budget allows. */
export class InflateBudgetExceeded extends Error {
  constructor(
    readonly entry: string,
    readonly budget: number,
  ) {
    super(`${entry} inflates past the ${budget}-byte budget`);
  }
}

/**
 * Inflates every entry the filter picks, one after the other, stopping the moment the bytes
 * inflated so far pass `budget` (zlib's maxOutputLength aborts inside inflation, so a 150 MB part
 * is never held). What the archive's headers claim is not trusted: a bomb lies about its sizes.
 * Returns the total inflated; throws InflateBudgetExceeded, or an Error for a broken entry.
 */
export function inflateWithinBudget(b: Uint8Array, entries: ZipEntry[], budget: number, pick: (e: ZipEntry) => boolean = () => true): number {
  let used = 0;
  for (const entry of entries) {
    if (!pick(entry)) continue;
    used += inflateEntry(b, entry, budget - used, budget).length;
  }
  return used;
}

/** One entry's bytes, refused (InflateBudgetExceeded naming `budget`) past `left` bytes. */
export function inflateEntry(b: Uint8Array, entry: ZipEntry, left: number, budget = left): Buffer {
  const data = entryData(new DataView(b.buffer, b.byteOffset, b.byteLength), b, entry);
  if (entry.method === 0) {
    if (data.length > left) throw new InflateBudgetExceeded(entry.name, budget);
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: compression method ${entry.method} is not one Word writes`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, left) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateBudgetExceeded(entry.name, budget);
    throw new Error(`${entry.name}: ${(e as Error).message}`);
  }
}

/** The compressed bytes of an entry, found through its local header (whose name and extra lengths may differ). */
function entryData(view: DataView, b: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > b.length || view.getUint32(at, true) !== LOCAL_FILE_HEADER) throw new Error(`${entry.name}: no local header at ${at}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > b.length) throw new Error(`${entry.name}: data runs past the end of the file`);
  return b.subarray(start, end);
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

/** The record sits in the last 22 bytes plus an archive comment of at most 65,535 bytes. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/** The ZIP64 end record, found through the locator just before the classic end record. */
function zip64End(view: DataView, eocd: number): { count: number; at: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR) return null;
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  if (record === null || record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END) return null;
  const count = safeNumber(view.getBigUint64(record + 32, true));
  const at = safeNumber(view.getBigUint64(record + 48, true));
  return count === null || at === null ? null : { count, at };
}

/** Sizes and offset that did not fit in 32 bits are in the ZIP64 extra field, in this order, only those that are 0xffffffff. */
function applyZip64Extra(view: DataView, header: number, entry: ZipEntry, extra: number, length: number): void {
  const uncompressedIsWide = view.getUint32(header + 24, true) === 0xffffffff;
  if (entry.compressedSize !== 0xffffffff && entry.localHeaderOffset !== 0xffffffff && !uncompressedIsWide) return;
  for (let at = extra; at + 4 <= extra + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        const v = field + 8 <= at + 4 + size ? safeNumber(view.getBigUint64(field, true)) : null;
        field += 8;
        return v ?? Number.MAX_SAFE_INTEGER;
      };
      if (uncompressedIsWide) next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(v: bigint): number | null {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null;
}
