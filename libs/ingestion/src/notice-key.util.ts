import { createHash } from 'crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The text a document is identified by: line endings and a BOM do not make a new document. */
export function normaliseDocumentText(text: string): string {
  const noBom = text.startsWith('\ufeff') ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, '\n');
}

/** A notice's own text without whitespace: its identity when it has no document number. */
export function noticeTextHash(lines: string[], startLine: number, endLine: number): string {
  return sha256(lines.slice(startLine - 1, endLine).join('').replace(/\s+/g, ''));
}
