import { append } from './list.util';

/**
 * Bracket handling that tolerates OCR: a bracket left open runs to the end of the text, a stray
 * closing bracket is dropped. Each function is one left-to-right pass, with a fast path for the
 * common text that has no bracket at all (these run on every clause of every notice).
 */

const OPEN = 0xff08; // （
const CLOSE = 0xff09; // ）
const OPEN_LENTICULAR = 0x3010; // 【
const CLOSE_LENTICULAR = 0x3011; // 】

function hasBracket(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === OPEN || c === CLOSE || c === OPEN_LENTICULAR || c === CLOSE_LENTICULAR) return true;
  }
  return false;
}

function isOpen(c: number): boolean {
  return c === OPEN || c === OPEN_LENTICULAR;
}

function isClose(c: number): boolean {
  return c === CLOSE || c === CLOSE_LENTICULAR;
}

export interface Bracketed {
  /** The text outside any bracket. */
  text: string;
  /** The contents of each top-level bracket group, in order. */
  groups: string[];
}

/** The text outside any bracket (`splitBrackets(s).text`, without making the groups). */
export function outsideBrackets(s: string): string {
  return hasBracket(s) ? splitBrackets(s).text : s;
}

export function splitBrackets(s: string): Bracketed {
  if (!hasBracket(s)) return { text: s, groups: [] };
  let text = '';
  const groups: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isOpen(c)) {
      if (depth === 0) {
        text += s.slice(from, i);
        from = i + 1;
      }
      depth++;
    } else if (isClose(c)) {
      if (depth === 0) {
        text += s.slice(from, i);
        from = i + 1;
      } else if (--depth === 0) {
        groups.push(s.slice(from, i));
        from = i + 1;
      }
    }
  }
  if (depth > 0) groups.push(s.slice(from));
  else text += s.slice(from);
  return { text, groups };
}

/** Splits on any of `separators` where they stand outside brackets. Empty parts are left out. */
export function splitTopLevel(s: string, separators: string): string[] {
  let anySeparator = false;
  for (let k = 0; k < separators.length && !anySeparator; k++) anySeparator = s.indexOf(separators[k]) >= 0;
  if (!anySeparator) return s.length > 0 ? [s] : [];
  let parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && isSeparator(c, separators)) {
      if (i > start) parts = append(parts, s.slice(start, i));
      start = i + 1;
    }
  }
  if (s.length > start) parts = append(parts, s.slice(start));
  return parts;
}

/** `splitTopLevel(s, separators)[0]`, without cutting the rest (often a long clause) into parts. */
export function firstTopLevel(s: string, separators: string): string | undefined {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && isSeparator(c, separators)) {
      if (i > start) return s.slice(start, i);
      start = i + 1;
    }
  }
  return s.length > start ? s.slice(start) : undefined;
}

/** By character code: these loops run over every clause, and `s[i]` would make a string a step. */
function isSeparator(c: number, separators: string): boolean {
  for (let k = 0; k < separators.length; k++) if (separators.charCodeAt(k) === c) return true;
  return false;
}

/** Index of `needle` outside brackets at or after `from`, or -1. */
export function indexOfTopLevel(s: string, needle: string, from = 0): number {
  if (!hasBracket(s)) return s.indexOf(needle, from);
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && i >= from && s.startsWith(needle, i)) return i;
  }
  return -1;
}
