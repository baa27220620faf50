import { dropPostNominals, normaliseText } from '../text/normalise.util';
import { foldScript, foldTable, mayHoldPinyin, unfold } from '../text/script-fold.util';

/**
 * Step 1 of the pipeline: the input as numbered lines, each with a normalised form beside the raw
 * one. Everything is made on first use: a line is a range of the input until a step asks for it
 * (`Lines.at`), and its raw and normalised text are made when asked for. Most lines of a gazette are
 * prose that finding notices rules out by looking at the range (`Lines.rawHasAny` and the like):
 * this step sees every byte of the input, and an object and a string per line would be garbage the
 * collector must copy — on a 50 MB gazette, most of the time spent before any notice was read.
 */
export class Lines implements Iterable<Line> {
  readonly length: number;
  /** Where each line starts in the input, and where it ends (before `\r\n` or `\n`). */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly made: (Line | undefined)[];

  constructor(private readonly source: string) {
    // One pass over the input; the range tables start at a guess (a line per 40 characters) and double.
    let starts = new Int32Array(Math.max(16, source.length >> 5));
    let ends = new Int32Array(starts.length);
    let count = 0;
    for (let start = 0; ; count++) {
      if (count === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
      }
      const newline = source.indexOf('\n', start);
      const stop = newline < 0 ? source.length : newline;
      starts[count] = start;
      ends[count] = stop > start && source.charCodeAt(stop - 1) === CARRIAGE_RETURN ? stop - 1 : stop;
      if (newline < 0) break;
      start = stop + 1;
    }
    this.length = count + 1;
    this.starts = starts;
    this.ends = ends;
    this.made = new Array<Line | undefined>(this.length);
  }

  /** Line `k` (0-based; its `no` is k + 1). */
  at(k: number): Line {
    let line = this.made[k];
    if (line === undefined) {
      line = new Line(k + 1, null, this.source, this.starts[k], this.ends[k]);
      this.made[k] = line;
    }
    return line;
  }

  /**
   * Forgets the lines made in [from, to): a gazette's notices are read one after another, and a
   * line dropped once its notice is read dies young (cheap) instead of being copied by every
   * collection until the end. A line asked for again is made again, equal to the first.
   */
  release(from: number, to: number): void {
    for (let k = Math.max(0, from); k < Math.min(to, this.length); k++) this.made[k] = undefined;
  }

  slice(from: number, to: number): Line[] {
    const out: Line[] = [];
    for (let k = Math.max(0, from); k < Math.min(to, this.length); k++) out.push(this.at(k));
    return out;
  }

  *[Symbol.iterator](): Iterator<Line> {
    for (let k = 0; k < this.length; k++) yield this.at(k);
  }

  /** Line `k` is a markdown heading (made only when it starts like one). */
  isHeading(k: number): boolean {
    const first = this.source.charCodeAt(this.starts[k]);
    return (first === HASH || first === SPACE) && this.at(k).heading;
  }

  isBlank(k: number): boolean {
    return isBlankRange(this.source, this.starts[k], this.ends[k]);
  }

  rawLength(k: number): number {
    return this.ends[k] - this.starts[k];
  }

  /** Whether raw line `k` holds a character of `table` (see `charTable`). */
  rawHasAny(k: number, table: Uint8Array): boolean {
    const source = this.source;
    const end = this.ends[k];
    for (let i = this.starts[k]; i < end; i++) if (table[source.charCodeAt(i)] === 1) return true;
    return false;
  }

  rawIncludes(k: number, s: string): boolean {
    const at = this.source.indexOf(s, this.starts[k]);
    return at >= 0 && at + s.length <= this.ends[k];
  }

  /**
   * Whether line `k`'s text is certainly not empty, settled on the raw range without normalising it:
   * it holds an ideograph that normalising keeps. Of ideographs, normalising drops only those of page
   * furniture (`第3页`, `（上接第61页）`, `（下转第62页）`) and of words a page injects in square
   * brackets; a line with no `[` and an ideograph that is none of those (in either script) keeps it.
   */
  surelyHasText(k: number): boolean {
    const kept = (keptTable ??= buildKeptTable());
    const source = this.source;
    const end = this.ends[k];
    let any = false;
    for (let i = this.starts[k]; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === SQUARE_OPEN) return false;
      if (kept[c] === 1) any = true;
    }
    return any;
  }

  /**
   * `at(k).folded`, without making the line when its raw range holds nothing folding could change:
   * a header looks at the lines around its title, most of them prose read for nothing else.
   */
  isFolded(k: number): boolean {
    const made = this.made[k];
    if (made !== undefined) return made.folded;
    const table = (specialTable ??= buildSpecialTable());
    const source = this.source;
    const end = this.ends[k];
    for (let i = this.starts[k]; i < end; i++) {
      const c = source.charCodeAt(i);
      // The same test as mayFold's: a folding character, a bracket, or `(` before pinyin.
      if ((table[c] & (FOLDS | BRACKET)) !== 0 || c === ROUND_OPEN) return this.at(k).folded;
    }
    return false;
  }

  /** Raw line `k`'s last character above U+0020 is one of `table`. */
  rawEndsWithAny(k: number, table: Uint8Array): boolean {
    const start = this.starts[k];
    let i = this.ends[k] - 1;
    while (i >= start && this.source.charCodeAt(i) <= 0x20) i--;
    return i >= start && table[this.source.charCodeAt(i)] === 1;
  }
}

const CARRIAGE_RETURN = 0x0d;
const SQUARE_OPEN = 0x5b;
const ROUND_OPEN = 0x28;

/** The ideographs page furniture is written with: normalising may drop these. */
const FURNITURE_IDEOGRAPHS = '第页上接下转';
let keptTable: Uint8Array | null = null;

/** Ideographs (U+4E00..U+9FFF) that normalising keeps wherever they stand, outside square brackets. */
function buildKeptTable(): Uint8Array {
  const fold = foldTable();
  const table = new Uint8Array(0x10000);
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const folded = fold[c] !== 0 ? fold[c] : c;
    if (!FURNITURE_IDEOGRAPHS.includes(String.fromCharCode(c)) && !FURNITURE_IDEOGRAPHS.includes(String.fromCharCode(folded))) table[c] = 1;
  }
  return table;
}

/**
 * The raw characters that become one of `chars` in a line's text: themselves, or what normalising
 * and folding turn into them (`號` → `号`). A raw line holding none of them has none in its text.
 */
export function rawCharTable(chars: string): Uint8Array {
  const fold = foldTable();
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const normalised = normaliseText(String.fromCharCode(c));
    if (normalised.length !== 1) continue;
    const n = normalised.charCodeAt(0);
    if (chars.includes(String.fromCharCode(fold[n] !== 0 ? fold[n] : n))) table[c] = 1;
  }
  return table;
}

function grown(table: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(table.length * 2);
  bigger.set(table);
  return bigger;
}

function isBlankRange(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff) return false;
  }
  return true;
}

/** One line: its number, its raw text and (made on first use) its normalised text. */
export class Line {
  private rawText: string | null;
  private readonly source: string;
  private readonly start: number;
  private readonly end: number;
  private normalised: string | null = null;
  /** Only for a line that folding changed (few are): its own script and where each character came from. */
  private fold: { shown: string; origin: number[] | null } | null = null;
  private furniture = false;

  /** A line given as its text, or (`raw` null) as `source` from `start` to `end`. */
  constructor(
    /** 1-based line number in the input. */
    readonly no: number,
    raw: string | null,
    source?: string,
    start?: number,
    end?: number,
  ) {
    this.rawText = raw;
    this.source = raw ?? source ?? '';
    this.start = raw === null ? (start ?? 0) : 0;
    this.end = raw === null ? (end ?? this.source.length) : raw.length;
  }

  /** The line as the input has it (without its line break). */
  get raw(): string {
    if (this.rawText === null) this.rawText = this.source.slice(this.start, this.end);
    return this.rawText;
  }

  /**
   * Without markdown markers, whitespace and page furniture; punctuation in full-width form; in
   * simplified script without injected pinyin (what every reader matches on).
   */
  get text(): string {
    if (this.normalised === null) this.normalise();
    return this.normalised as string;
  }

  /** `text` in the line's own script: what output is cut from. */
  get shown(): string {
    const text = this.text;
    return this.fold === null ? text : this.fold.shown;
  }

  /** Whether `text` differs from `shown` (traditional script, variants or pinyin on the line). */
  get folded(): boolean {
    if (this.normalised === null) {
      // Asked of lines around a title that may never be read otherwise: settle it from the raw text.
      if (!mayFold(this.raw)) return false;
      this.normalise();
    }
    return this.fold !== null;
  }

  /** Index in `shown` of character `k` of `text` (k may be text.length). */
  shownIndex(k: number): number {
    const text = this.text;
    if (this.fold === null || this.fold.origin === null) return k;
    return k < text.length ? this.fold.origin[k] : this.fold.shown.length;
  }

  /** A string read on `text`, in the line's own script. */
  unfold(s: string): string {
    const text = this.text;
    return this.fold === null ? s : unfold(s, text, this.fold.shown, this.fold.origin);
  }

  /** The line was a markdown heading (`# …`): a heading always starts a new document. */
  get heading(): boolean {
    const first = this.source.charCodeAt(this.start);
    return this.end - this.start > 1 && (first === HASH || first === SPACE) && HEADING.test(this.raw);
  }

  /** The line began with page furniture such as `（上接第61页）`: what follows is another page's text. */
  get continuation(): boolean {
    if (this.normalised === null) this.normalise();
    return this.furniture;
  }

  /** No visible character at all. */
  get blank(): boolean {
    return isBlankRange(this.source, this.start, this.end);
  }

  private normalise(): void {
    const raw = this.raw;
    if (isPlain(raw)) {
      this.normalised = raw.length <= 12 && PAGE_NUMBER.test(raw) ? '' : raw;
      return;
    }
    // A markdown heading's `#` and a list item's bullet (`- 主任：A`) are the page's, not the text's.
    let text = normaliseText(this.heading ? raw.replace(/^\s*#+/, '') : raw.replace(LIST_BULLET, ''));
    if (text.includes('**')) text = text.replaceAll('**', '');
    text = dropPostNominals(text);
    if (text.startsWith('（上接第')) {
      const m = CONTINUED_FROM.exec(text);
      if (m) {
        this.furniture = true;
        text = text.slice(m[0].length);
      }
    }
    if (text.includes('（下转第')) text = text.replace(CONTINUED_AT, '');
    // A page number standing alone (`— 77 —`, `·12·`, `第3页`) is furniture, even inside a clause.
    if (text.length <= 12 && PAGE_NUMBER.test(text)) text = '';
    const folded = foldScript(text);
    this.normalised = folded.text;
    if (folded.text !== text) this.fold = { shown: text, origin: folded.origin };
  }
}

const HEADING = /^\s{0,3}#{1,6}\s/;
export const LIST_BULLET = /^\s*[-*•·]\s+/;
const HASH = 0x23;
const SPACE = 0x20;

/**
 * Characters that make a line need more than its raw text: whitespace (as `\s` and U+200B), ASCII and
 * small-form punctuation, full-width digits, markdown (`#`, `*`), and every character the script
 * folding changes; a full-width bracket matters only where it opens page furniture or pinyin. Most
 * lines of a gazette are then settled in one pass over their characters.
 */
const SPECIAL = '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff\u200b():;,!|｜﹙﹚#*';
// Flags per character code.
const NORMALISES = 1;
const FOLDS = 2;
const BRACKET = 4;
let specialTable: Uint8Array | null = null;

function flagsOf(raw: string): number {
  const table = (specialTable ??= buildSpecialTable());
  let flags = 0;
  for (let i = 0; i < raw.length; i++) flags |= table[raw.charCodeAt(i)];
  return flags;
}

function isPlain(raw: string): boolean {
  const flags = flagsOf(raw);
  if ((flags & (NORMALISES | FOLDS)) !== 0) return false;
  // A full-width bracket matters only as page furniture or around injected pinyin, a square one
  // only around a page's injected words.
  return (flags & BRACKET) === 0 || !(raw.includes('（上接第') || raw.includes('（下转第') || mayHoldPinyin(raw));
}

/** Whether folding could change the line: a character OpenCC maps, or pinyin in brackets. */
function mayFold(raw: string): boolean {
  const flags = flagsOf(raw);
  return (flags & FOLDS) !== 0 || (raw.includes('(') || (flags & BRACKET) !== 0 ? mayHoldPinyin(raw) : false);
}

function buildSpecialTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const fold = foldTable();
  for (let c = 0; c < 0x10000; c++) if (fold[c] !== 0) table[c] = FOLDS;
  for (let i = 0; i < SPECIAL.length; i++) table[SPECIAL.charCodeAt(i)] = NORMALISES;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = NORMALISES;
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = NORMALISES;
  table['（'.charCodeAt(0)] = BRACKET;
  table['['.charCodeAt(0)] = BRACKET;
  return table;
}
const CONTINUED_FROM = /^（上接第\d{1,4}页）/;
const CONTINUED_AT = /（下转第\d{1,4}页）/g;
const PAGE_NUMBER = /^(?:[—－\-·•]{0,3}\d{1,4}[—－\-·•]{0,3}|第\d{1,4}页)$/;

export function normaliseLines(input: string): Lines {
  return new Lines(input);
}
