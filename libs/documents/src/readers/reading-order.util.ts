/**
 * Lines of a PDF page in reading order, rebuilt from positioned text runs. A PDF holds glyph runs
 * placed on the page in whatever order its producer wrote them, not lines: runs on one baseline
 * make a line, left to right; a wide gap splits a line into segments, and where a vertical gutter
 * runs through a stretch of lines (a gazette's two columns) the left column is read before the
 * right one.
 */

/** A run of text in page space with y growing downwards: (x, y) is the start of its baseline. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size: the unit of every tolerance here. */
  size: number;
}

interface Segment {
  runs: TextRun[];
  x0: number;
  x1: number;
}

interface Row {
  y: number;
  size: number;
  segments: Segment[];
}

/** The page's lines, top to bottom, columns one after the other. */
export function readingOrder(runs: TextRun[]): string[] {
  const rows = toRows(runs.filter((r) => r.str.trim().length > 0 && r.size > 0));
  return orderRows(rows, 0).map(rowText);
}

/** Runs whose baselines lie within half a font size of each other share a row. */
function toRows(runs: TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(run.y - row.y) <= 0.5 * Math.min(run.size, row.size)) row.runs.push(run);
    else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  return rows.map((r) => ({ y: r.y, size: r.size, segments: toSegments(r.runs) }));
}

/** A gap wider than two font sizes separates segments: table cells, or text either side of a gutter. */
function toSegments(runs: TextRun[]): Segment[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  for (const run of sorted) {
    const last = segments[segments.length - 1];
    if (last && run.x - last.x1 <= 2 * run.size) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else segments.push({ runs: [run], x0: run.x, x1: run.x + run.width });
  }
  return segments;
}

/**
 * Rows in reading order. Where a gutter (an x band no narrow segment crosses) is found, each
 * stretch of consecutive rows that lie wholly on either side of it is read left side first, then
 * right side, each side ordered the same way in turn (three columns are two splits); rows that
 * cross the gutter (a title over both columns) stay where they are.
 */
function orderRows(rows: Row[], depth: number): Row[] {
  if (rows.length < 2 || depth > 3) return rows;
  const gutter = findGutter(rows);
  if (gutter === null) return rows;
  const out: Row[] = [];
  let left: Row[] = [];
  let right: Row[] = [];
  const flush = () => {
    out.push(...orderRows(left, depth + 1), ...orderRows(right, depth + 1));
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.segments.some((s) => s.x0 < gutter.to && s.x1 > gutter.from)) {
      flush();
      out.push(row);
      continue;
    }
    const l = row.segments.filter((s) => s.x1 <= gutter.from);
    const r = row.segments.filter((s) => s.x0 >= gutter.to);
    if (l.length > 0) left.push({ ...row, segments: l });
    if (r.length > 0) right.push({ ...row, segments: r });
  }
  flush();
  return out;
}

/**
 * The widest x band, at least two font sizes wide and inside the text's extent, that no segment
 * narrower than half the text width crosses — taken for a column gutter only where at least three
 * rows have text on both sides of it and the text on each side runs at least six characters wide
 * (a table of names and posts also leaves such a band, and must be read row by row).
 */
function findGutter(rows: Row[]): { from: number; to: number } | null {
  const segments = rows.flatMap((r) => r.segments);
  const minX = Math.min(...segments.map((s) => s.x0));
  const maxX = Math.max(...segments.map((s) => s.x1));
  const width = maxX - minX;
  const size = median(rows.map((r) => r.size));
  if (width <= 0 || size <= 0) return null;
  const narrow = segments.filter((s) => s.x1 - s.x0 < width / 2).sort((a, b) => a.x0 - b.x0);
  let best: { from: number; to: number } | null = null;
  let reach = minX;
  for (const s of narrow) {
    if (s.x0 - reach >= 2 * size && reach > minX && (best === null || s.x0 - reach > best.to - best.from)) best = { from: reach, to: s.x0 };
    reach = Math.max(reach, s.x1);
  }
  if (best === null) return null;
  const g = best;
  const isLeft = (s: Segment) => s.x1 <= g.from;
  const isRight = (s: Segment) => s.x0 >= g.to;
  const both = rows.filter((r) => r.segments.some(isLeft) && r.segments.some(isRight)).length;
  const wide = (side: Segment[]) => median(side.map((s) => s.x1 - s.x0)) >= 6 * size;
  return both >= 3 && wide(segments.filter(isLeft)) && wide(segments.filter(isRight)) ? g : null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
}

/** A row's text: segments apart by a space; runs joined as set, with a space only where Latin words part. */
function rowText(row: Row): string {
  return row.segments.map(segmentText).join(' ').trim();
}

function segmentText(segment: Segment): string {
  let out = '';
  let end = -Infinity;
  for (const run of segment.runs) {
    const gap = run.x - end;
    if (out.length > 0 && gap > 0.25 * run.size && !out.endsWith(' ') && !run.str.startsWith(' ') && !(isWide(out.at(-1)!) || isWide(run.str[0]))) out += ' ';
    out += run.str;
    end = Math.max(end, run.x + run.width);
  }
  return out.replace(/\s+/g, ' ');
}

/** CJK characters and full-width forms: no space is written between them. */
function isWide(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || code >= 0x20000;
}
