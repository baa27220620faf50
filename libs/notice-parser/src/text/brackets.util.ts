/**
 * Bracket handling that tolerates OCR: a bracket left open runs to the end of the text, a stray
 * closing bracket is dropped. Everything is a single left-to-right pass.
 */

const OPEN = '（【';
const CLOSE = '）】';

export interface Bracketed {
  /** The text outside any bracket. */
  text: string;
  /** The contents of each top-level bracket group, in order. */
  groups: string[];
}

export function splitBrackets(s: string): Bracketed {
  let text = '';
  const groups: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPEN.includes(ch)) {
      if (depth > 0) current += ch;
      depth++;
    } else if (CLOSE.includes(ch)) {
      if (depth === 0) continue;
      depth--;
      if (depth === 0) {
        groups.push(current);
        current = '';
      } else current += ch;
    } else if (depth > 0) current += ch;
    else text += ch;
  }
  if (depth > 0) groups.push(current);
  return { text, groups };
}

/** Splits on any of `separators` where they stand outside brackets. Empty parts are kept out. */
export function splitTopLevel(s: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      if (i > start) parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  if (s.length > start) parts.push(s.slice(start));
  return parts;
}

/** Index of `needle` outside brackets, or -1. */
export function indexOfTopLevel(s: string, needle: string, from = 0): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && i >= from && s.startsWith(needle, i)) return i;
  }
  return -1;
}
