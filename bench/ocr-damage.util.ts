import type { Rng } from './prng.util';

/**
 * The damage OCR and PDF conversion do to a gazette page, applied to clean paragraphs. Real pages
 * come two ways: paragraphs on one line each, with the odd stray break, or the printed column kept,
 * every ~20 characters broken wherever they fall — inside a name, a word or a bracket. A page break
 * leaves a blank line in the middle of a sentence.
 */

export interface Layout {
  /** Characters per printed line, or null when each paragraph stands on one line. */
  width: number | null;
  /** What ends a wrapped line: markdown's two-space hard break, or a bare newline. */
  wrapBreak: string;
}

const PAGE_BREAK = '\n\n';
const STRAY_BREAK_RATE = 0.1;
const STRAY_SPACE_RATE = 0.03;
const PAGE_BREAK_RATE = 0.04;
const NO_LINE_START = '，。；：、）)！？;,.';

export function chooseLayout(rng: Rng): Layout {
  const width = rng.chance(0.5) ? rng.int(17, 24) : null;
  return { width, wrapBreak: rng.chance(0.6) ? '  \n' : '\n' };
}

/** A bracket pair as OCR renders it: mostly full-width, sometimes half-width, now and then mixed. */
export function bracket(rng: Rng, inner: string): string {
  const r = rng.next();
  if (r < 0.82) return `（${inner}）`;
  if (r < 0.94) return `(${inner})`;
  return r < 0.97 ? `（${inner})` : `(${inner}）`;
}

/** OCR reads a gap in the type as a space now and then, even inside a name (`刘 庆华`). */
export function straySpace(rng: Rng, text: string): string {
  if (text.length < 2 || !rng.chance(STRAY_SPACE_RATE)) return text;
  const at = rng.int(1, text.length - 1);
  return text.slice(0, at) + (rng.chance(0.7) ? ' ' : '\u3000') + text.slice(at);
}

/** One paragraph laid out on the page; the caller separates paragraphs with a blank line. */
export function layoutParagraph(rng: Rng, text: string, layout: Layout): string {
  if (layout.width === null) return strayBreak(rng, text, layout);
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + layout.width, text.length);
    // Typesetters never start a line with closing punctuation; the column runs one character long.
    while (end < text.length && NO_LINE_START.includes(text[end])) end++;
    if (i > 0) parts.push(rng.chance(PAGE_BREAK_RATE) ? PAGE_BREAK : layout.wrapBreak);
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts.join('');
}

function strayBreak(rng: Rng, text: string, layout: Layout): string {
  if (text.length < 4 || !rng.chance(STRAY_BREAK_RATE)) return text;
  const cut = rng.int(1, text.length - 1);
  const gap = rng.chance(0.4) ? PAGE_BREAK : layout.wrapBreak;
  return text.slice(0, cut) + gap + text.slice(cut);
}
