import { escapeHtml } from './html.util';

/**
 * Timelines drawn on the server as SVG: pure functions from tenures with dates to a string, so the
 * picture is there without JavaScript, prints, and can be tested without a browser. Every text is
 * escaped (names come from notices). The picture is decoration for sighted readers: each page puts
 * the same facts in a table beside it, and the SVG is labelled by the figure's caption.
 */

/** One tenure as the picture draws it (dates yyyy-mm-dd; the period is [start, end)). */
export interface TimelineBar {
  /** Null when no appointment is known: drawn hatched from `startBound` (or the span's start), never as a known start. */
  start: string | null;
  startBound?: string | null;
  /** Null while held: the bar runs to the span's end with an arrow. */
  end: string | null;
  /** An end not stated but inferred: drawn with a dashed end mark, never as a stated end. */
  endInferred: boolean;
  acting: boolean;
  probationEnd: string | null;
  /** Written inside the bar when it fits (a person's name, or a post's title). */
  label: string;
  /** The tooltip: the tenure said in words. */
  tip: string;
}

export interface TimelineRow {
  label: string;
  href?: string;
  bars: TimelineBar[];
}

export interface TimelineSpan {
  from: string;
  /** The first day not drawn. */
  to: string;
}

export interface TimelineOptions {
  /** The id of the caption that names the picture (aria-labelledby). */
  labelledBy: string;
  /** Periods the seat stood empty, drawn as shaded bands across the chart. */
  gaps?: TimelineSpan[];
  /** A line at this day (the page's as-of date). */
  marker?: string;
}

const WIDTH = 960;
const LABEL = 190;
const PAD = 14;
const AXIS = 22;
const LANE = 22;
const BAR = 15;
const LEGEND = 30;
const COLOR = { held: '#8b3a3a', acting: '#2d5f8a', probation: '#d9a0a0', inferred: '#a05a00', gap: '#fbe3e3', grid: '#ddd' };

const DAY_MS = 86_400_000;
export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Where a bar's drawing begins: its start, else how far back it can reach, else the span's start. */
function drawnStart(b: TimelineBar, span: TimelineSpan): string {
  return b.start ?? b.startBound ?? span.from;
}

/** Overlapping bars of one row (several deputies at once) go on lanes of their own, first free lane first. */
export function lanes(bars: TimelineBar[], span: TimelineSpan): TimelineBar[][] {
  const out: { last: string; bars: TimelineBar[] }[] = [];
  const sorted = [...bars].sort((a, b) => drawnStart(a, span).localeCompare(drawnStart(b, span)));
  for (const b of sorted) {
    const start = drawnStart(b, span);
    const lane = out.find((l) => l.last <= start);
    const end = b.end ?? '\uffff';
    if (lane) {
      lane.bars.push(b);
      lane.last = end;
    } else out.push({ last: end, bars: [b] });
  }
  return out.length ? out.map((l) => l.bars) : [[]];
}

/** Year ticks, every 1, 2, 5 or 10 years so that about a dozen fit. */
function yearTicks(span: TimelineSpan): number[] {
  const first = Number(span.from.slice(0, 4)) + (span.from.slice(5) === '01-01' ? 0 : 1);
  const last = Number(span.to.slice(0, 4));
  const years = last - first + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= 12) ?? 100;
  const out: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) if (`${y}-01-01` < span.to) out.push(y);
  return out;
}

const n = (x: number) => (Math.round(x * 10) / 10).toString();

/** The shared defs: hatching for unknown starts and vacancies, stripes for acting, an arrow for 至今. */
function defs(id: string): string {
  return `<defs>
<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLOR.held}" stroke-width="3"/></pattern>
<pattern id="${id}-hatch-acting" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLOR.acting}" stroke-width="3"/></pattern>
<pattern id="${id}-gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="8" height="8" fill="${COLOR.gap}"/><line x1="0" y1="0" x2="0" y2="8" stroke="#f0b8b8" stroke-width="2"/></pattern>
</defs>`;
}

function barSvg(b: TimelineBar, y: number, x: (iso: string) => number, span: TimelineSpan, id: string): string {
  const from = drawnStart(b, span) < span.from ? span.from : drawnStart(b, span);
  const until = b.end === null || b.end > span.to ? span.to : b.end;
  const x0 = x(from);
  const x1 = Math.max(x(until), x0 + 2);
  const color = b.acting ? COLOR.acting : COLOR.held;
  const parts: string[] = [`<title>${escapeHtml(b.tip)}</title>`];
  // An unknown start is hatched over its first stretch: the bar does not claim a first day.
  const hatch = b.start === null ? Math.min(x1 - x0, 28) : 0;
  if (hatch > 0) parts.push(`<rect x="${n(x0)}" y="${y}" width="${n(hatch)}" height="${BAR}" fill="url(#${id}-hatch${b.acting ? '-acting' : ''})" stroke="${color}" stroke-width="0.6"/>`);
  parts.push(`<rect x="${n(x0 + hatch)}" y="${y}" width="${n(Math.max(x1 - x0 - hatch, 0))}" height="${BAR}" fill="${color}"/>`);
  if (b.probationEnd && b.start) {
    const pEnd = b.probationEnd >= span.to ? span.to : isoOf(dayNumber(b.probationEnd) + 1);
    if (pEnd > from) parts.push(`<rect x="${n(x0 + hatch)}" y="${y + BAR - 4}" width="${n(Math.max(x(pEnd) - x0 - hatch, 0))}" height="4" fill="${COLOR.probation}"><title>试用期</title></rect>`);
  }
  if (b.end === null) {
    parts.push(`<path d="M${n(x1)} ${y - 2}l6 ${BAR / 2 + 2}l-6 ${BAR / 2 + 2}z" fill="${color}"/>`);
  } else if (b.end > span.to) {
    // Ended after the span: cut at its edge, never drawn as 至今.
  } else if (b.endInferred) {
    parts.push(`<line x1="${n(x1)}" y1="${y - 3}" x2="${n(x1)}" y2="${y + BAR + 3}" stroke="${COLOR.inferred}" stroke-width="2" stroke-dasharray="3 2"/>`);
  }
  if (b.acting) parts.push(`<rect x="${n(x0)}" y="${y}" width="${n(x1 - x0)}" height="${BAR}" fill="none" stroke="#fff" stroke-width="1" stroke-dasharray="4 2"/>`);
  const room = x1 - x0 - hatch - 6;
  if (room >= b.label.length * 11 + 2 && b.label) {
    parts.push(`<text x="${n(x0 + hatch + 4)}" y="${y + BAR - 4}" font-size="11" fill="#fff">${escapeHtml(b.label)}</text>`);
  }
  return `<g class="bar${b.acting ? ' acting' : ''}${b.endInferred ? ' inferred' : ''}${b.start === null ? ' unknown-start' : ''}">${parts.join('')}</g>`;
}

type Mark = 'held' | 'unknown' | 'probation' | 'acting' | 'inferred' | 'open' | 'gap';

/** Which ways of drawing this chart uses: the key explains only those. */
function marksUsed(bars: TimelineBar[], span: TimelineSpan, gaps: TimelineSpan[]): Set<Mark> {
  const used = new Set<Mark>(['held']);
  for (const b of bars) {
    if (b.start === null) used.add('unknown');
    if (b.probationEnd && b.start) used.add('probation');
    if (b.acting) used.add('acting');
    if (b.end === null) used.add('open');
    else if (b.endInferred && b.end <= span.to) used.add('inferred');
  }
  if (gaps.some((g) => g.to > span.from && g.from < span.to)) used.add('gap');
  return used;
}

/** The key under the chart: each way a bar is drawn, in the words the tables use. */
function legend(y: number, id: string, used: Set<Mark>): string {
  const all: [Mark, string, string][] = [
    ['held', `<rect x="0" y="0" width="22" height="${BAR}" fill="${COLOR.held}"/>`, '任职'],
    ['unknown', `<rect x="0" y="0" width="22" height="${BAR}" fill="url(#${id}-hatch)" stroke="${COLOR.held}" stroke-width="0.6"/>`, '开始日期未载明'],
    ['probation', `<rect x="0" y="${BAR - 4}" width="22" height="4" fill="${COLOR.probation}"/>`, '试用期'],
    ['acting', `<rect x="0" y="0" width="22" height="${BAR}" fill="${COLOR.acting}"/>`, '代理'],
    ['inferred', `<line x1="11" y1="-3" x2="11" y2="${BAR + 3}" stroke="${COLOR.inferred}" stroke-width="2" stroke-dasharray="3 2"/>`, '推断的离任'],
    ['open', `<path d="M8 -2l6 ${BAR / 2 + 2}l-6 ${BAR / 2 + 2}z" fill="${COLOR.held}"/>`, '至今'],
    ['gap', `<rect x="0" y="0" width="22" height="${BAR}" fill="url(#${id}-gap)"/>`, '空缺'],
  ];
  const items = all.filter(([mark]) => used.has(mark)).map(([, svg, word]): [string, string] => [svg, word]);
  let x = LABEL;
  return items
    .map(([mark, word]) => {
      const g = `<g transform="translate(${x} ${y})">${mark}<text x="28" y="${BAR - 3}" font-size="12" fill="#333">${word}</text></g>`;
      x += 40 + word.length * 13;
      return g;
    })
    .join('');
}

/**
 * A chart of rows (posts, or holders) against time: an axis of years, a row per entry with its
 * bars on lanes, vacancies shaded, and a key. Sized by its viewBox, so it shrinks to the page (and
 * the printed page) without cutting.
 */
export function timelineSvg(rows: TimelineRow[], span: TimelineSpan, options: TimelineOptions): string {
  const id = options.labelledBy.replace(/[^\w-]/g, '');
  const d0 = dayNumber(span.from);
  const days = Math.max(dayNumber(span.to) - d0, 1);
  const x = (iso: string) => LABEL + ((dayNumber(iso) - d0) / days) * (WIDTH - LABEL - PAD - 8);
  const clamp = (iso: string) => (iso < span.from ? span.from : iso > span.to ? span.to : iso);
  const laid = rows.map((r) => ({ row: r, lanes: lanes(r.bars, span) }));
  const height = AXIS + laid.reduce((h, r) => h + r.lanes.length * LANE + 6, 0) + LEGEND;
  const bottom = height - LEGEND;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-labelledby="${escapeHtml(options.labelledBy)}" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" font-family="sans-serif">`,
    defs(id),
  ];
  for (const g of options.gaps ?? []) {
    const g0 = x(clamp(g.from));
    const g1 = x(clamp(g.to));
    if (g1 > g0) out.push(`<rect class="gap" x="${n(g0)}" y="${AXIS}" width="${n(g1 - g0)}" height="${bottom - AXIS}" fill="url(#${id}-gap)"><title>空缺：${escapeHtml(g.from)} 至 ${escapeHtml(g.to)}</title></rect>`);
  }
  for (const year of yearTicks(span)) {
    const tx = x(`${year}-01-01`);
    out.push(`<line x1="${n(tx)}" y1="${AXIS - 4}" x2="${n(tx)}" y2="${bottom}" stroke="${COLOR.grid}"/><text x="${n(tx + 2)}" y="${AXIS - 8}" font-size="12" fill="#555">${year}</text>`);
  }
  let y = AXIS;
  for (const { row, lanes: rowLanes } of laid) {
    const h = rowLanes.length * LANE + 6;
    out.push(`<line x1="0" y1="${y + h}" x2="${WIDTH}" y2="${y + h}" stroke="#eee"/>`);
    const label = `<text x="4" y="${y + 3 + BAR}" font-size="12" fill="#1d1d1f">${escapeHtml(row.label.length > 15 ? `${row.label.slice(0, 14)}…` : row.label)}<title>${escapeHtml(row.label)}</title></text>`;
    out.push(row.href ? `<a href="${escapeHtml(row.href)}">${label}</a>` : label);
    rowLanes.forEach((lane, i) => lane.forEach((b) => out.push(barSvg(b, y + 4 + i * LANE, x, span, id))));
    y += h;
  }
  if (options.marker && options.marker >= span.from && options.marker <= span.to) {
    const mx = x(options.marker);
    out.push(`<line class="marker" x1="${n(mx)}" y1="${AXIS - 4}" x2="${n(mx)}" y2="${bottom}" stroke="#1d1d1f" stroke-width="1.2" stroke-dasharray="2 2"><title>${escapeHtml(options.marker)}</title></line>`);
  }
  out.push(legend(bottom + 8, id, marksUsed(rows.flatMap((r) => r.bars), span, options.gaps ?? [])), '</svg>');
  return out.join('\n');
}

/** A span that shows every bar: from the first known day (a year before, at a year's start) to the last day or `today`. */
export function spanOf(bars: TimelineBar[], today: string): TimelineSpan {
  const days = bars.flatMap((b) => [b.start, b.startBound, b.end]).filter((d): d is string => !!d);
  const first = days.length ? days.reduce((a, b) => (a < b ? a : b)) : today;
  const last = [today, ...days].reduce((a, b) => (a > b ? a : b));
  const hasUnknown = bars.some((b) => b.start === null && !b.startBound);
  const fromYear = Number(first.slice(0, 4)) - (hasUnknown ? 2 : 0);
  return { from: `${fromYear}-01-01`, to: `${Number(last.slice(0, 4)) + 1}-01-01` };
}
