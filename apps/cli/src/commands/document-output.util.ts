import type { EventSource, ParseResult, ParsedEvent, ParsedNotice, UnparsedLine } from '@renmian/notice-parser';
import type { ReadDocument } from '@renmian/documents';

/** What `parse --json` says of the file it read (its text aside). */
export interface DocumentSummary {
  kind: ReadDocument['kind'];
  sha256: string;
  pageCount: number | null;
  ocr: boolean;
  /** For a text file, the encoding it was read in (UTF-8, GBK, GB18030, UTF-16LE/BE). */
  encoding?: string;
}

/** The command line's output adds the page, where known, beside each line number. */
export type PagedSource = EventSource & { page?: number };
export type PagedEvent = Omit<ParsedEvent, 'source'> & { source: PagedSource };
export type PagedNotice = Omit<ParsedNotice, 'events'> & { events: PagedEvent[] };
export type PagedLine = UnparsedLine & { page?: number };

export interface PagedParseResult {
  notices: PagedNotice[];
  unparsed: PagedLine[];
  setAside?: PagedLine[];
  document?: DocumentSummary;
}

/**
 * The parse result with `page` beside `line` wherever the document knows the page (PDF, images):
 * on each event's source and each unread or set-aside line, and what the document was. The parser
 * knows lines only; pages are the document's, so they are added here, outside it.
 */
export function withPages(result: ParseResult, doc: ReadDocument): PagedParseResult {
  const pageOf = (line: number) => doc.linePages[line - 1] ?? null;
  const event = (e: ParsedEvent): PagedEvent => {
    const page = pageOf(e.source.line);
    return page === null ? e : { ...e, source: { ...e.source, page } };
  };
  const line = (u: UnparsedLine): PagedLine => {
    const page = pageOf(u.line);
    return page === null ? u : { ...u, page };
  };
  return {
    notices: result.notices.map((n) => ({ ...n, events: n.events.map(event) })),
    unparsed: result.unparsed.map(line),
    ...(result.setAside ? { setAside: result.setAside.map(line) } : {}),
    document: { kind: doc.kind, sha256: doc.sha256, pageCount: doc.pageCount, ocr: doc.ocr, ...(doc.encoding ? { encoding: doc.encoding } : {}) },
  };
}

/** ` p3` after a line number where the page is known, else nothing. */
export function pageLabel(x: { page?: number }): string {
  return x.page === undefined ? '' : ` p${x.page}`;
}
