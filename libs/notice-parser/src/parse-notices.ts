import type { ParseResult, ParsedNotice, UnparsedLine } from './notice.types';
import { findNotices } from './steps/find-notices.step';
import { normaliseLines } from './steps/normalise-lines.step';
import { readClauses } from './steps/read-clauses.step';
import { readHeader } from './steps/read-header.step';
import { splitClauses } from './steps/split-clauses.step';

/**
 * Reads every appointment and removal notice in a text — a whole gazette or a single notice.
 * The pipeline: normalise lines → find notices → read each header → split clauses → read each
 * clause form → refine posts (inherited organisations, brackets). It never throws on any input.
 */
export function parseNotices(text: string): ParseResult {
  const lines = normaliseLines(text);
  const notices: ParsedNotice[] = [];
  const unparsed: UnparsedLine[] = [];
  for (const span of findNotices(lines)) {
    if (span.negative) continue;
    const header = readHeader(lines, span);
    const bodyEnd = span.dateLine ?? span.end;
    const pieces = splitClauses(lines, span.titleEnd + 1, bodyEnd);
    const { events, unparsed: unread } = readClauses(pieces, lines, 1);
    if (events.length === 0 && unread.length === 0) continue;
    notices.push({
      docNumber: header.docNumber,
      issuer: header.issuer,
      title: header.title,
      date: header.date,
      events,
      source: { startLine: lines[span.titleStart].no, endLine: lines[Math.max(span.titleStart, span.end - 1)].no },
    });
    unparsed.push(...unread);
  }
  return { notices, unparsed };
}
