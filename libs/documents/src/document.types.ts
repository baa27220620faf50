/** What a document was, as told by its bytes. */
export type DocumentKind = 'text' | 'pdf' | 'docx' | 'html' | 'image';

/** A document read into text for the notice parser, with what is known of where each line stood. */
export interface ReadDocument {
  /** Decided by content (magic bytes), never by file name. */
  kind: DocumentKind;
  /** Hex sha256 of the original bytes: the document's identity. */
  sha256: string;
  /** PDF pages, 1 for an image, null where the format has no pages. */
  pageCount: number | null;
  /** Extracted UTF-8 text, lines separated by \n. */
  text: string;
  /** True when (some of) the text came from Tesseract: only as good as the scan. */
  ocr: boolean;
  /** Page (1-based) of each line of `text` (index 0 = line 1); null where unknown. */
  linePages: (number | null)[];
  /** For text files, the character encoding found ('UTF-8', 'GBK', 'GB18030', 'UTF-16LE', 'UTF-16BE'); null otherwise. */
  encoding: string | null;
}

/** What a reader gives back; readDocument adds kind and sha256 and checks for emptiness. */
export interface ReaderOutput {
  text: string;
  pageCount: number | null;
  ocr: boolean;
  linePages: (number | null)[];
  encoding?: string;
}

export interface ReadOptions {
  /** The file's name, used only in messages. */
  name: string;
  /**
   * At most this many scanned pages are read by OCR (about 4 s a page here): a long scan is refused
   * before any is read rather than hold a request or a terminal for an hour. Default 50.
   */
  ocrPageLimit?: number;
  /** Other bounds, each defaulting to DEFAULT_READ_LIMITS. */
  limits?: Partial<ReadLimits>;
}

export const DEFAULT_OCR_PAGE_LIMIT = 50;

/**
 * How far a document may take the reader before it is refused. A hostile file (a ZIP or PDF stream
 * that inflates to gigabytes, 100,000 empty pages, a 10,000 pt scan) is stopped by one of these,
 * checked while it is read, never afterwards; the worker's own limits catch what slips past them.
 */
export interface ReadLimits {
  /** Scanned pages read by OCR at once. */
  ocrPages: number;
  /** Pages of any PDF, checked from its page count before one page is read. */
  pages: number;
  /**
   * Bytes the XML parts of a Word document inflate to, all together. Mammoth holds about 40 bytes
   * of heap per byte of XML: 8 MB (1.6 million characters of text, 3.7 s) read in the worker's
   * 384 MB heap, 15 MB did not.
   */
  docxXmlBytes: number;
  /** Bytes one PDF stream may inflate to (a 600 dpi A4 grey page is 35 MB). */
  pdfStreamBytes: number;
  /** Bytes all the PDF's streams inflate to, together. */
  pdfTotalBytes: number;
  /** Characters of text read from one document. */
  textChars: number;
  /** Pixels of a scanned page rasterised for OCR: the resolution is lowered to stay within it. */
  rasterPixels: number;
  /** Pixels of an uploaded image; a larger one is refused before Tesseract opens it. */
  imagePixels: number;
  /** Heap of the worker that reads (MB): a bomb that gets past the checks above ends there. */
  workerHeapMb: number;
  /**
   * Resident memory (MB) the process may gain while a read runs, beyond which the read is stopped:
   * inflated buffers live outside the worker's heap, where its heap limit does not see them. A
   * gain rather than a total, so that what the service holds for other work does not count.
   */
  memoryGrowthMb: number;
  /** Milliseconds the reader may go without finishing a step (a page, a part) before it is stopped. */
  stallMs: number;
  /** Milliseconds one run of pdftoppm or Tesseract may take. */
  toolMs: number;
  /** Address space (MB) one run of pdftoppm or Tesseract may take. */
  toolMemoryMb: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  ocrPages: DEFAULT_OCR_PAGE_LIMIT,
  pages: 2000,
  docxXmlBytes: 8 * 1024 * 1024,
  pdfStreamBytes: 64 * 1024 * 1024,
  pdfTotalBytes: 512 * 1024 * 1024,
  textChars: 8_000_000,
  rasterPixels: 12_000_000,
  imagePixels: 40_000_000,
  workerHeapMb: 384,
  memoryGrowthMb: 640,
  stallMs: 60_000,
  toolMs: 60_000,
  toolMemoryMb: 1024,
};

/** What every reader is given: the file's name for messages, the limits, and a way to say it is still going. */
export interface ReaderContext {
  name: string;
  limits: ReadLimits;
  /** Called after each step (a page, a part): the worker's stall timer restarts. */
  progress: () => void;
  /** For text, the encoding detectKind found. */
  encoding?: TextEncodingName;
}

export type TextEncodingName = 'UTF-8' | 'GBK' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';
