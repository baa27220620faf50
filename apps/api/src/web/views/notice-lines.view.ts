import { clauseSpan } from './clause-span.util';
import { SafeHtml, html } from './html.util';
import { unreadReason } from '../../common/labels.util';

/** An event as the line grid places it: the line its clause starts on, the clause, and how it is shown. */
export interface LineEvent {
  sourceLine: number;
  sourceText: string;
  shown: SafeHtml;
}

export interface LineGrid {
  /** The text's lines, the first of them numbered `firstLine`. */
  lines: string[];
  firstLine: number;
  events: LineEvent[];
  unparsed: { line: number; reason: string }[];
  /** Lines shown dimmed: outside every notice (a preview shows the whole text). */
  outside?: Set<number>;
}

/**
 * A text line by line: clauses that gave events highlighted with the events beside them, lines no
 * reader understood marked with why. The notice page and the load preview show the same grid, so
 * what a preview promises is what the notice page will show.
 */
export function lineGrid(g: LineGrid): SafeHtml {
  const byLine = new Map<number, LineEvent[]>();
  const inClause = new Set<number>();
  // Linear in the events, whatever one line holds: lists appended to, each clause spanned once,
  // each line cleaned once.
  const spanned = new Set<string>();
  const cleaned = new Map<number, string>();
  for (const e of g.events) {
    const list = byLine.get(e.sourceLine);
    if (list) list.push(e);
    else byLine.set(e.sourceLine, [e]);
    const clause = `${e.sourceLine}\u0000${e.sourceText}`;
    if (spanned.has(clause)) continue;
    spanned.add(clause);
    for (const no of clauseSpan(g.lines, g.firstLine, e.sourceLine, e.sourceText, cleaned)) inClause.add(no);
  }
  const unparsed = new Map(g.unparsed.map((u) => [u.line, u]));
  return html`<div class="notice-text">${g.lines.map((line, i) => {
    const no = g.firstLine + i;
    const miss = unparsed.get(no);
    const kind = miss ? 'unparsed' : inClause.has(no) ? 'clause' : g.outside?.has(no) ? 'plain muted' : 'plain';
    return html`<span class="no" id="L${no}">${no}</span><span class="${kind}" data-line="${no}" title="${miss ? `未能读取：${unreadReason(miss.reason)}` : ''}">${line || '\u00a0'}</span><span class="events-beside">${(byLine.get(no) ?? []).map((e) => e.shown)}${miss ? html`<div class="muted">未能读取：${unreadReason(miss.reason)}</div>` : ''}</span>`;
  })}</div>`;
}
