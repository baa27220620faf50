import { NoticeEvent, NoticePage } from '../readers/notice.reader';
import { clauseSpan } from './clause-span.util';
import { SafeHtml, html, linkTo } from './html.util';
import { EVENT_LABELS, chineseDate, probationLabel } from './labels.util';
import { layout } from './layout.view';

/** One event beside its line; the day it takes effect is shown when the notice names one other than its signing date. */
function eventLine(e: NoticeEvent, signedOn: string | null): SafeHtml {
  const details = [probationLabel(e.probationMonths), e.rank, e.precedenceAfter ? `列${e.precedenceAfter}之后` : null].filter(Boolean).join('，');
  const ownDay = e.effectiveOn !== null && e.effectiveOn !== signedOn ? html` <span class="muted">自${chineseDate(e.effectiveOn)}起</span>` : '';
  return html`<div class="${e.current ? 'event' : 'event superseded'}" title="${e.current ? '' : '已被更正或撤销'}">
${EVENT_LABELS[e.type] ?? e.type}：<a href="${linkTo('person', e.person)}">${e.person}</a> ${e.post}${details ? `（${details}）` : ''}${ownDay}
${e.effectiveOn ? '' : html`<span class="inferred">通知未载明日期</span>`}</div>`;
}

/** The notice line by line: clauses that gave events highlighted with the events beside them, unread lines marked. */
function text(n: NoticePage): SafeHtml {
  const lines = n.body!.split('\n');
  const byLine = new Map<number, NoticeEvent[]>();
  const inClause = new Set<number>();
  for (const e of n.events) {
    byLine.set(e.sourceLine, [...(byLine.get(e.sourceLine) ?? []), e]);
    for (const no of clauseSpan(lines, n.startLine, e.sourceLine, e.sourceText)) inClause.add(no);
  }
  const unparsed = new Map(n.unparsed.map((u) => [u.line, u]));
  return html`<div class="notice-text">${lines.map((line, i) => {
    const no = n.startLine + i;
    const events = byLine.get(no) ?? [];
    const miss = unparsed.get(no);
    const kind = miss ? 'unparsed' : inClause.has(no) ? 'clause' : 'plain';
    return html`<span class="no" id="L${no}">${no}</span><span class="${kind}" data-line="${no}" title="${miss ? `未能读取：${miss.reason}` : ''}">${line || '\u00a0'}</span><span class="events-beside">${events.map((e) => eventLine(e, n.signedOn))}${miss ? html`<div class="muted">未能读取：${miss.reason}</div>` : ''}</span>`;
  })}</div>`;
}

/** Notices loaded before their text was kept: the events with the lines they came from. */
function linesOnly(n: NoticePage): SafeHtml {
  return html`<p class="muted">这份通知载入时尚未保存全文；以下是各事项所依据的原文行。</p>
<table><tbody>${n.events.map((e) => html`<tr><td id="L${e.sourceLine}">${e.sourceLine}</td><td class="clause">${e.sourceText}</td><td>${eventLine(e, n.signedOn)}</td></tr>`)}
${n.unparsed.map((u) => html`<tr><td>${u.line}</td><td class="unparsed">${u.text}</td><td>未能读取：${u.reason}</td></tr>`)}</tbody></table>`;
}

function noticeSection(n: NoticePage): SafeHtml {
  return html`<section class="notice">
<h2>${n.title ?? '（无标题）'}</h2>
<p>${n.issuer ?? '发文机关未载明'} · ${n.docNumber ?? '无文号'} · ${chineseDate(n.signedOn, '日期未载明')} · 共 ${n.events.filter((e) => e.current).length} 项任免${n.unparsed.length ? html`，<strong>${n.unparsed.length} 行未能读取</strong>` : ''}</p>
${n.retractedAt ? html`<p class="retracted">此通知已于 ${n.retractedAt.toISOString().slice(0, 10)} 撤销：${n.retractionReason ?? ''}。其任免事项不再计入。</p>` : ''}
${n.body === null ? linesOnly(n) : text(n)}
</section>`;
}

export function noticeView(key: string, notices: NoticePage[]): string {
  return layout(notices[0].docNumber ?? notices[0].title ?? key, html`<h1>${notices[0].docNumber ?? '任免通知'}</h1>${notices.map(noticeSection)}`);
}
