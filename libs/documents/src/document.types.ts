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
}

/** What a reader gives back; readDocument adds kind and sha256 and checks for emptiness. */
export interface ReaderOutput {
  text: string;
  pageCount: number | null;
  ocr: boolean;
  linePages: (number | null)[];
}

export interface ReadOptions {
  /** The file's name, used only in messages. */
  name: string;
  /**
   * At most this many scanned pages are read by OCR (about 4 s a page here): a long scan is refused
   * before any is read rather than hold a request or a terminal for an hour. Default 50.
   */
  ocrPageLimit?: number;
}

export const DEFAULT_OCR_PAGE_LIMIT = 50;
