import type { DocumentKind } from '@renmian/documents';
import type { ParsedNotice, UnparsedLine } from '@renmian/notice-parser';

/** An uploaded file as it was read (what IngestionService.ingest takes as its document); null for pasted text. */
export interface DocumentMeta {
  kind: DocumentKind;
  /** sha256 of the file's bytes. */
  sha256: string;
  pageCount: number | null;
  ocr: boolean;
  /** The page each line of the text stands on (null where unknown); kept for the load. */
  linePages: (number | null)[];
  /** For a text file, the encoding it was read in (UTF-8, GBK, GB18030, UTF-16LE/BE); null otherwise. Shown, not stored. */
  encoding?: string | null;
}

/** What a notice in the preview is to the database: new, known already, or retracted. */
export type NoticeStanding = 'new' | 'known' | 'retracted';

export interface PreviewNotice {
  notice: ParsedNotice;
  /** The address its page will have (document number, else the start of its text's hash). */
  key: string;
  standing: NoticeStanding;
}

export interface PreviewWarning {
  kind: 'no-date' | 'name-elsewhere' | 'ends-holder' | 'known' | 'loaded-before';
  text: string;
  /** The line it is about, when it is about one. */
  line?: number;
}

/** Everything a preview shows, computed from the stored text without writing anything. */
export interface Preview {
  token: string;
  filename: string | null;
  document: DocumentMeta | null;
  lines: string[];
  notices: PreviewNotice[];
  unparsed: UnparsedLine[];
  warnings: PreviewWarning[];
  /** The same text was loaded before: confirming changes nothing. */
  loadedBefore: boolean;
}
