import { DocumentKind, TextEncodingName } from './document.types';
import { detectTextEncoding } from './text-encoding.util';
import { firstInvalidUtf8, hasUtf8Bom } from './utf8.util';
import { zipEntryNames } from './zip-entries.util';

/** The kind a document's bytes show, or why they are none we read (for NOT_A_DOCUMENT). */
export type DetectedKind = { kind: DocumentKind; encoding?: TextEncodingName } | { kind: null; code: 'NOT_A_DOCUMENT' | 'ENCRYPTED'; reason: string };

/**
 * Step 1: the kind, from the bytes alone. A file name or a browser's content type says what someone
 * believed the file to be; offices rename files, so only the content is trusted.
 */
export function detectKind(b: Uint8Array): DetectedKind {
  if (isPdf(b)) return { kind: 'pdf' };
  if (startsWith(b, PNG) || startsWith(b, JPEG)) return { kind: 'image' };
  if (startsWith(b, ZIP)) return detectZip(b);
  if (startsWith(b, OLE) && containsUtf16(b, 'EncryptedPackage')) {
    return { kind: null, code: 'ENCRYPTED', reason: 'a password-protected Word document: open it in Word, remove the password (File → Info → Protect Document) and save it as .docx' };
  }
  const other = OTHER_FORMATS.find((f) => startsWith(b, f.magic));
  if (other) return notOurs(other.reason);
  if (looksLikeHtml(b)) return { kind: 'html' };
  const encoding = detectTextEncoding(b);
  if (encoding === null) {
    const bad = firstInvalidUtf8(b);
    if (bad >= 0) return notOurs(`not text in UTF-8, GBK/GB18030 or UTF-16 (byte 0x${b[bad].toString(16)} at offset ${bad} fits none), ${NOR_OTHER_KINDS}`);
    return notOurs(`not text (contains NUL bytes), ${NOR_OTHER_KINDS}`);
  }
  if (looksLikeMhtml(b)) return notOurs('a web archive (MHTML): save the page as "Webpage, HTML only" instead');
  return { kind: 'text', encoding };
}

function notOurs(reason: string): DetectedKind {
  return { kind: null, code: 'NOT_A_DOCUMENT', reason };
}

/** `%PDF-` opens a PDF; readers accept up to 1 KB of junk before it (some mail gateways add it). */
function isPdf(b: Uint8Array): boolean {
  if (startsWith(b, PDF)) return true;
  const head = asciiHead(b, 1024);
  return head.includes('%PDF-') && asciiTail(b, 1024).includes('%%EOF');
}

const NOR_OTHER_KINDS = 'nor a PDF, Word (.docx), HTML, PNG or JPEG document';

const PDF = bytes('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Formats people send that we do not read, each with what to do instead. */
const OTHER_FORMATS: { magic: number[]; reason: string }[] = [
  // An OLE compound file: Word 97-2003, or a .docx that Word encrypted with a password (then
  // readDocument reports ENCRYPTED before this is reached).
  { magic: OLE, reason: 'an old Word (.doc) or other Office 97-2003 file: save it as .docx or PDF' },
  { magic: bytes('GIF87a'), reason: 'a GIF image: only PNG and JPEG images are read; convert it to PNG' },
  { magic: bytes('GIF89a'), reason: 'a GIF image: only PNG and JPEG images are read; convert it to PNG' },
  { magic: [0x49, 0x49, 0x2a, 0x00], reason: 'a TIFF image: only PNG and JPEG images are read; convert it to PNG or PDF' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], reason: 'a TIFF image: only PNG and JPEG images are read; convert it to PNG or PDF' },
  { magic: bytes('{\\rtf'), reason: 'an RTF document: save it as .docx or PDF' },
];

function detectZip(b: Uint8Array): DetectedKind {
  const names = zipEntryNames(b);
  if (names === null) return notOurs('a damaged or unreadable ZIP archive');
  if (names.includes('word/document.xml')) return { kind: 'docx' };
  if (names.includes('mimetype') && names.includes('content.xml')) return notOurs('an OpenDocument file: save it as .docx or PDF');
  return notOurs('a ZIP archive that is not a Word document (no word/document.xml): give UTF-8 text, PDF, Word (.docx), HTML, PNG or JPEG');
}

/**
 * A page saved from a browser begins, after an optional BOM, whitespace and comments, with one of
 * these. The sniff reads bytes, not text: a page in GBK is still told by its ASCII markup.
 */
const HTML_STARTS = ['<!doctype html', '<html', '<head', '<meta', '<body', '<title', '<?xml'];

function looksLikeHtml(b: Uint8Array): boolean {
  const head = asciiHead(b, 1024);
  let s = head.replace(/^\s+/, '');
  // Comments before the markup (`<!-- saved from url=… -->`, as browsers write) are skipped.
  while (s.startsWith('<!--')) {
    const end = s.indexOf('-->');
    if (end < 0) return false;
    s = s.slice(end + 3).replace(/^\s+/, '');
  }
  const lower = s.slice(0, 16).toLowerCase();
  if (lower.startsWith('<?xml')) return /<html[\s>]/i.test(head);
  return HTML_STARTS.some((start) => lower.startsWith(start) && (start === '<!doctype html' || /^[\s>/]/.test(s.charAt(start.length))));
}

function looksLikeMhtml(b: Uint8Array): boolean {
  const head = asciiHead(b, 2048).toLowerCase();
  return head.includes('mime-version:') && head.includes('multipart/related');
}

/** The first bytes as Latin-1 after a UTF-8 BOM: markup is ASCII in every charset we meet. */
function asciiHead(b: Uint8Array, n: number): string {
  const from = hasUtf8Bom(b) ? 3 : 0;
  return String.fromCharCode(...b.subarray(from, from + n));
}

function asciiTail(b: Uint8Array, n: number): string {
  return String.fromCharCode(...b.subarray(Math.max(0, b.length - n)));
}

function containsUtf16(b: Uint8Array, ascii: string): boolean {
  const needle = Buffer.from(ascii, 'utf16le');
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(needle);
}

function startsWith(b: Uint8Array, magic: number[]): boolean {
  if (b.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[i] !== magic[i]) return false;
  return true;
}

function bytes(ascii: string): number[] {
  return [...ascii].map((c) => c.charCodeAt(0));
}
