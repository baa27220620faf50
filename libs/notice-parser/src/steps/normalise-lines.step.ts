import { normaliseText } from '../text/normalise.util';
import { foldScript, unfold } from '../text/script-fold.util';

/**
 * Step 1 of the pipeline: the input as numbered lines, each with a normalised form beside the raw
 * one. The normalised form is made on first use: most lines of a gazette are prose that the later
 * steps can rule out from the raw text alone, and this step sees every byte of the input.
 */
export class Line {
  private normalised: string | null = null;
  private unfolded = '';
  private foldOrigin: number[] | null = null;
  private furniture = false;

  constructor(
    /** 1-based line number in the input. */
    readonly no: number,
    readonly raw: string,
  ) {}

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
    if (this.normalised === null) this.normalise();
    return this.unfolded;
  }

  /** Whether `text` differs from `shown` (traditional script, variants or pinyin on the line). */
  get folded(): boolean {
    return this.text !== this.unfolded;
  }

  /** Index in `shown` of character `k` of `text` (k may be text.length). */
  shownIndex(k: number): number {
    const text = this.text;
    if (this.foldOrigin === null) return k;
    return k < text.length ? this.foldOrigin[k] : this.unfolded.length;
  }

  /** A string read on `text`, in the line's own script. */
  unfold(s: string): string {
    return unfold(s, this.text, this.unfolded, this.foldOrigin);
  }

  /** The line was a markdown heading (`# …`): a heading always starts a new document. */
  get heading(): boolean {
    return this.raw.length > 1 && (this.raw[0] === '#' || this.raw[0] === ' ') && HEADING.test(this.raw);
  }

  /** The line began with page furniture such as `（上接第61页）`: what follows is another page's text. */
  get continuation(): boolean {
    if (this.normalised === null) this.normalise();
    return this.furniture;
  }

  /** No visible character at all. */
  get blank(): boolean {
    const raw = this.raw;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c > 0x20 && c !== 0x3000 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff) return false;
    }
    return true;
  }

  private normalise(): void {
    const raw = this.raw;
    let text = normaliseText(this.heading ? raw.replace(/^\s*#+/, '') : raw);
    if (text.includes('**')) text = text.replaceAll('**', '');
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
    this.unfolded = text;
    const folded = foldScript(text);
    this.normalised = folded.text;
    this.foldOrigin = folded.origin;
  }
}

const HEADING = /^\s{0,3}#{1,6}\s/;
const CONTINUED_FROM = /^（上接第\d{1,4}页）/;
const CONTINUED_AT = /（下转第\d{1,4}页）/g;
const PAGE_NUMBER = /^(?:[—－\-·•]{0,3}\d{1,4}[—－\-·•]{0,3}|第\d{1,4}页)$/;

export function normaliseLines(input: string): Line[] {
  const raws = input.split('\n');
  const lines: Line[] = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    lines[i] = new Line(i + 1, raw.endsWith('\r') ? raw.slice(0, -1) : raw);
  }
  return lines;
}
