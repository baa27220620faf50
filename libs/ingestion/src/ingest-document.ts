import type { DocumentKind } from '@renmian/documents';

/**
 * What is known of the file a text was read from (libs/documents' ReadDocument without its text).
 * Given to IngestionService.ingest, it is stored with the document, and each event and unread line
 * gets the page its line stands on.
 */
export interface IngestDocument {
  kind: DocumentKind;
  /** sha256 of the file's bytes: the same bytes loaded again add nothing. */
  sha256: string;
  pageCount: number | null;
  ocr: boolean;
  /** Page (1-based) of each line of the text, null where unknown. */
  linePages: (number | null)[];
}
