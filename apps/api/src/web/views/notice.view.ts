import { roleAllows } from '@renmian/access';
import type { Viewer } from '../../identity/viewer';
import { NoticeEvent, NoticePage } from '../readers/notice.reader';
import { SafeHtml, html, linkTo } from './html.util';
import { EVENT_LABELS, chineseDate, probationLabel } from '../../common/labels.util';
import { layout } from './layout.view';
import { lineGrid } from './notice-lines.view';

/** Whether the page offers corrections: only an editor's session can make them. */
function edits(viewer: Viewer | null): boolean {
  return viewer !== null && roleAllows(viewer.role, 'editor');
}

/** One event beside its line; the day it takes effect is shown when the notice names one other than its signing date. */
function eventLine(e: NoticeEvent, signedOn: string | null, viewer: Viewer | null): SafeHtml {
  const details = [probationLabel(e.probationMonths), e.rank, e.precedenceAfter ? `列${e.precedenceAfter}之后` : null].filter(Boolean).join('，');
  const ownDay = e.effectiveOn !== null && e.effectiveOn !== signedOn ? html` <span class="muted">自${chineseDate(e.effectiveOn)}起</span>` : '';
  const correct = e.current && edits(viewer) ? html`<a class="action" href="/correct/event/${e.eventId}">更正</a>` : '';
  return html`<div class="${e.current ? 'event' : 'event superseded'}" title="${e.current ? '' : '已被更正或撤销'}">
${EVENT_LABELS[e.type] ?? e.type}：<a href="${linkTo('person', e.person)}">${e.person}</a> ${postWithOrganization(e)} <a class="succession" href="${linkTo('post', e.post)}" title="此职位的历任">历任</a>${details ? `（${details}）` : ''}${ownDay}
${e.effectiveOn ? '' : html`<span class="inferred">通知未载明日期</span>`}${e.sourcePage ? html` <span class="muted">第${e.sourcePage}页</span>` : ''}${correct}</div>`;
}

/** The post, its organisation's name in it linked to the organisation's page. */
function postWithOrganization(e: NoticeEvent): SafeHtml | string {
  const at = e.organization ? e.post.indexOf(e.organization) : -1;
  if (at < 0) return html`${e.post} <a class="org" href="${linkTo('org', e.organization)}">（${e.organization}）</a>`;
  return html`${e.post.slice(0, at)}<a class="org" href="${linkTo('org', e.organization)}">${e.organization}</a>${e.post.slice(at + e.organization.length)}`;
}

/** The notice line by line: clauses that gave events highlighted with the events beside them, unread lines marked. */
function text(n: NoticePage, viewer: Viewer | null): SafeHtml {
  return lineGrid({
    lines: n.body!.split('\n'),
    firstLine: n.startLine,
    events: n.events.map((e) => ({ sourceLine: e.sourceLine, sourceText: e.sourceText, shown: eventLine(e, n.signedOn, viewer) })),
    unparsed: n.unparsed,
  });
}

/** Notices loaded before their text was kept: the events with the lines they came from. */
function linesOnly(n: NoticePage, viewer: Viewer | null): SafeHtml {
  return html`<p class="muted">这份通知载入时尚未保存全文；以下是各事项所依据的原文行。</p>
<table><tbody>${n.events.map((e) => html`<tr><td id="L${e.sourceLine}">${e.sourceLine}</td><td class="clause">${e.sourceText}</td><td>${eventLine(e, n.signedOn, viewer)}</td></tr>`)}
${n.unparsed.map((u) => html`<tr><td>${u.line}</td><td class="unparsed">${u.text}</td><td>未能读取：${u.reason}</td></tr>`)}</tbody></table>`;
}

const KIND_WORDS: Record<string, string> = { pdf: 'PDF', docx: 'Word 文档', html: '网页', image: '扫描图片' };

/** Where the text came from when it was not plain text; a notice read by OCR says so plainly. */
function sourceNote(n: NoticePage): SafeHtml | string {
  const kind = KIND_WORDS[n.source.kind];
  const from = kind ? html`<p class="muted">原件：${n.source.filename ?? ''} ${kind}${n.source.pageCount ? `，共${n.source.pageCount}页` : ''}</p>` : '';
  const ocr = n.source.ocr ? html`<p class="message warn ocr">此通知的文字由扫描件经 OCR 识别得出，可能有错字：请对照原件核对，未能读取的行已标出。</p>` : '';
  return html`${from}${ocr}`;
}

/** An editor's corrections of the notice as a whole; each event has its own beside it. */
function noticeActions(n: NoticePage, viewer: Viewer | null): SafeHtml | string {
  if (!edits(viewer)) return '';
  const organizations = [...new Set(n.events.filter((e) => e.current).map((e) => e.organization))];
  const retract =
    n.docNumber && !n.retractedAt ? html`<a href="/correct/retract?notice=${encodeURIComponent(n.docNumber)}">撤销此通知</a>` : '';
  // One merge link per organisation named: a dozen of them would open the page as a wall of links.
  const merges = organizations.length
    ? html`<details class="merges"><summary>合并机构（${organizations.length} 个机构）</summary>
${organizations.map((o) => html`<a href="/correct/organizations?name=${encodeURIComponent(o)}">合并机构“${o}”</a> `)}</details>`
    : '';
  return html`<div class="actions">${retract ? html`<p>更正：${retract}</p>` : ''}${merges}</div>`;
}

function noticeSection(n: NoticePage, viewer: Viewer | null): SafeHtml {
  return html`<section class="notice">
<h2>${n.title ?? '（无标题）'}</h2>
<p>${n.issuer ?? '发文机关未载明'} · ${n.docNumber ?? '无文号'} · ${chineseDate(n.signedOn, '日期未载明')} · 共 ${n.events.filter((e) => e.current).length} 项任免${n.unparsed.length ? html`，<strong>${n.unparsed.length} 行未能读取</strong>` : ''}</p>
${sourceNote(n)}
${n.retractedAt ? html`<p class="retracted">此通知已于 ${n.retractedAt.toISOString().slice(0, 10)} 撤销：${n.retractionReason ?? ''}。其任免事项不再计入。</p>` : ''}
${noticeActions(n, viewer)}
${n.body === null ? linesOnly(n, viewer) : text(n, viewer)}
</section>`;
}

export function noticeView(key: string, notices: NoticePage[], viewer: Viewer | null = null): string {
  return layout(
    notices[0].docNumber ?? notices[0].title ?? key,
    html`<h1>${notices[0].docNumber ?? '任免通知'}</h1>${notices.map((n) => noticeSection(n, viewer))}`,
    '',
    viewer,
  );
}
