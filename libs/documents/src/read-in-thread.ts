import { createHash } from 'crypto';
import { detectKind } from './detect-kind.step';
import { DocumentError } from './document.error';
import { DEFAULT_READ_LIMITS } from './document.types';
import type { DocumentKind, ReadDocument, ReaderContext, ReaderOutput, ReadLimits, ReadOptions } from './document.types';
import { readDocx } from './readers/docx.reader';
import { readHtml } from './readers/html.reader';
import { readImage } from './readers/image.reader';
import { readPdf } from './readers/pdf.reader';
import { readText } from './readers/text.reader';
import { isBlank } from './utf8.util';

/**
 * A document as text for the notice parser, read in the calling thread: its kind told by its
 * bytes, read by the reader for that kind, identified by the sha256 of the bytes. Throws
 * DocumentError (with a code and a message naming the file and what to do) for anything that
 * cannot be read. Callers go through readDocument, which runs this in a worker with memory and
 * time limits; this is what that worker runs.
 */
export async function readDocumentInThread(bytes: Uint8Array, options: ReadOptions, progress: () => void = () => {}): Promise<ReadDocument> {
  const name = options.name;
  if (onlyAsciiWhitespace(bytes)) throw new DocumentError('EMPTY', name, 'the file is empty: nothing to read');
  const detected = detectKind(bytes);
  if (detected.kind === null) throw new DocumentError(detected.code, name, detected.reason);
  const ctx: ReaderContext = { name, limits: readLimits(options), progress, encoding: detected.encoding };
  const read = await READERS[detected.kind](bytes, ctx);
  if (isBlank(read.text)) throw new DocumentError('EMPTY', name, emptyReason(detected.kind, read));
  return {
    kind: detected.kind,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pageCount: read.pageCount,
    text: read.text,
    ocr: read.ocr,
    linePages: read.linePages,
    encoding: read.encoding ?? null,
  };
}

/** The defaults, overridden by what the caller gives (ocrPageLimit being the older name of limits.ocrPages). */
export function readLimits(options: ReadOptions): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...(options.ocrPageLimit === undefined ? {} : { ocrPages: options.ocrPageLimit }), ...options.limits };
}

const READERS: Record<DocumentKind, (b: Uint8Array, ctx: ReaderContext) => Promise<ReaderOutput> | ReaderOutput> = {
  text: readText,
  html: readHtml,
  docx: readDocx,
  pdf: readPdf,
  image: readImage,
};

/** No byte but ASCII whitespace (the usual empty file); other blank text is caught once it is read. */
function onlyAsciiWhitespace(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return false;
  }
  return true;
}

function emptyReason(kind: DocumentKind, read: ReaderOutput): string {
  switch (kind) {
    case 'text':
      return 'the file holds only whitespace: nothing to read';
    case 'html':
      return 'the page shows no text once scripts, styles and navigation are set aside';
    case 'docx':
      return 'the Word document holds no text';
    case 'pdf':
      return read.ocr ? 'no text was found on the PDF pages, even by OCR: check that the scan shows the notice' : 'the PDF holds no text';
    case 'image':
      return 'OCR found no text in the image: check that it shows the notice, upright and legible';
  }
}
