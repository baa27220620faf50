import { END_REASON_WORDS, EndReason, isActingTitle } from '@renmian/tenure-rules';
import { chineseDate } from '../../common/labels.util';
import { SafeHtml, html } from './html.util';
import { TimelineBar, TimelineRow, TimelineSpan, timelineSvg } from './timeline.svg';

/** A tenure as the readers give it, enough to draw and to say in words. */
export interface DrawnTenure {
  person: string;
  title: string;
  start: string | null;
  startBound?: string | null;
  end: string | null;
  endReason: string | null;
  endInferred: boolean;
  probationEnd: string | null;
}

/** The tenure in words, for the bar's tooltip: the same words as the tables. */
export function tenureWords(t: DrawnTenure, what: string): string {
  const start = t.start ? chineseDate(t.start) : `开始日期未载明${t.startBound ? `（不早于${chineseDate(t.startBound)}）` : ''}`;
  const why = t.endReason ? END_REASON_WORDS[t.endReason as EndReason] ?? t.endReason : '';
  const end = t.end ? `${chineseDate(t.end)}${why ? `（${why}${t.endInferred ? '，推断' : ''}）` : ''}` : '至今';
  const probation = t.probationEnd ? `，试用期至${chineseDate(t.probationEnd)}` : '';
  return `${what}：${start} 至 ${end}${probation}`;
}

export function barOf(t: DrawnTenure, label: string, what: string): TimelineBar {
  return {
    start: t.start,
    startBound: t.startBound ?? null,
    end: t.end,
    endInferred: t.endInferred,
    acting: isActingTitle(t.title),
    probationEnd: t.probationEnd,
    label,
    tip: tenureWords(t, what),
  };
}

/**
 * The picture inside a figure whose caption names it (the SVG is labelled by the caption) and says
 * where the same facts stand as a table, for a screen reader and for anyone who wants exact dates.
 */
export function timelineFigure(id: string, caption: string, rows: TimelineRow[], span: TimelineSpan, extra: { gaps?: TimelineSpan[]; marker?: string } = {}): SafeHtml {
  const captionId = `${id}-caption`;
  return html`<figure class="timeline" id="${id}">
${new SafeHtml(timelineSvg(rows, span, { labelledBy: captionId, ...extra }))}
<figcaption id="${captionId}">${caption}</figcaption>
</figure>`;
}
