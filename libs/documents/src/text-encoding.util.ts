import type { TextEncodingName } from './document.types';
import { firstInvalidUtf8, hasUtf8Bom } from './utf8.util';

/**
 * The encoding of a plain-text file, as Windows Notepad and office machines save them: UTF-8 (with
 * or without BOM), UTF-16 (Notepad's "Unicode", with a BOM; without one from some exporters), and
 * the national GBK/GB18030 ("ANSI" on a Chinese Windows). Node's TextDecoder (full ICU) decodes
 * all of them, so no detector package is needed: a BOM decides; else valid UTF-8 is UTF-8; else
 * each candidate decoding is scored by how much of it is characters a notice is written in, and
 * the best is taken if nearly all of it is. Null when none reads as text.
 */
export function detectTextEncoding(b: Uint8Array): TextEncodingName | null {
  if (hasUtf8Bom(b)) return firstInvalidUtf8(b) < 0 ? 'UTF-8' : null;
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return decodes(b, 'utf-16le') ? 'UTF-16LE' : null;
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return decodes(b, 'utf-16be') ? 'UTF-16BE' : null;
  // ASCII in UTF-16 is valid UTF-8 full of NULs: UTF-8 only when there is no NUL at all.
  if (!b.includes(0) && firstInvalidUtf8(b) < 0) return 'UTF-8';
  let best: { name: TextEncodingName; score: number } | null = null;
  for (const name of ['GB18030', 'UTF-16LE', 'UTF-16BE'] as const) {
    const text = decode(b, name);
    if (text === null) continue;
    const score = plausibility(text);
    if (best === null || score > best.score) best = { name, score };
  }
  if (best === null || best.score < MIN_PLAUSIBLE) return null;
  return best.name === 'GB18030' && !usesFourByteGb18030(b) ? 'GBK' : best.name;
}

/** The text in the given encoding, BOM removed. */
export function decodeText(b: Uint8Array, encoding: TextEncodingName): string {
  return decode(b, encoding) ?? '';
}

const LABELS: Record<TextEncodingName, string> = { 'UTF-8': 'utf-8', GBK: 'gb18030', GB18030: 'gb18030', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be' };

/** Share of characters that must be ones notices are written in. */
const MIN_PLAUSIBLE = 0.9;

function decode(b: Uint8Array, encoding: TextEncodingName): string | null {
  const label = LABELS[encoding];
  if ((label === 'utf-16le' || label === 'utf-16be') && b.length % 2 !== 0) return null;
  try {
    // TextDecoder drops a BOM of its own encoding by default.
    return new TextDecoder(label, { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

function decodes(b: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * Share of characters that are CJK ideographs (the rare ones of planes 2 and 3 included), CJK or
 * full-width punctuation, printable ASCII or line breaks. GBK read as UTF-16 gives Hangul and rare
 * blocks; UTF-16 read as GBK gives NULs (every ASCII character's high byte) and stray symbols.
 */
function plausibility(text: string): number {
  let good = 0;
  let all = 0;
  for (const ch of text) {
    all++;
    if (plausible(ch.codePointAt(0)!)) good++;
  }
  return all === 0 ? 0 : good / all;
}

function plausible(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x20000 && c <= 0x3ffff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0xb7 ||
    c === 0xd7
  );
}

/** A four-byte GB18030 sequence (lead 0x81–0xFE then a digit): beyond GBK. */
function usesFourByteGb18030(b: Uint8Array): boolean {
  for (let i = 0; i + 1 < b.length; i++) {
    const c = b[i];
    if (c < 0x80) continue;
    if (c >= 0x81 && c <= 0xfe && b[i + 1] >= 0x30 && b[i + 1] <= 0x39) return true;
    i++; // a two-byte character: skip its trail byte
  }
  return false;
}
