import { normaliseText } from '../text/normalise.util';

/** Step 1 of the pipeline: the input as numbered lines, each with a normalised form beside the raw one. */
export interface Line {
  /** 1-based line number in the input. */
  no: number;
  raw: string;
  /** Without markdown markers, whitespace and page furniture; punctuation in full-width form. */
  text: string;
  /** The line was a markdown heading (`# …`): a heading always starts a new document. */
  heading: boolean;
  /** The line began with page furniture such as `（上接第61页）`: what follows is another page's text. */
  continuation: boolean;
}

const HEADING = /^\s{0,3}#{1,6}\s/;
const CONTINUED_FROM = /^（上接第\d{1,4}页）/;
const CONTINUED_AT = /（下转第\d{1,4}页）/g;

export function normaliseLines(input: string): Line[] {
  const raws = input.split('\n');
  const lines: Line[] = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) lines[i] = normaliseLine(raws[i], i + 1);
  return lines;
}

export function normaliseLine(rawLine: string, no: number): Line {
  const raw = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
  const heading = HEADING.test(raw);
  let text = normaliseText(heading ? raw.replace(/^\s*#+/, '') : raw);
  if (text.includes('**')) text = text.replaceAll('**', '');
  let continuation = false;
  if (text.startsWith('（上接第')) {
    const m = CONTINUED_FROM.exec(text);
    if (m) {
      continuation = true;
      text = text.slice(m[0].length);
    }
  }
  if (text.includes('（下转第')) text = text.replace(CONTINUED_AT, '');
  return { no, raw, text, heading, continuation };
}
