import { SafeHtml, html, linkTo } from '../../web/views/html.util';
import { chineseDate } from '../../common/labels.util';
import { layout } from '../../web/views/layout.view';
import { Notice, csrfField, message, readOnlyNote, submitButton } from '../desk-page.view';
import type { Viewer } from '../../identity/viewer';
import type { EventForm, RetractableNotice } from './correction-forms.reader';

/** What the event form holds: the event as stored, or what the person typed when it is shown again. */
export interface EventFormValues {
  person: string;
  post: string;
  type: string;
  effectiveOn: string;
  probationMonths: string;
  reason: string;
}

export const EVENT_TYPES: [string, string][] = [
  ['appoint', '任命'],
  ['remove', '免去'],
  ['auto_remove', '职务自然免除'],
];

export function storedValues(e: EventForm): EventFormValues {
  return {
    person: e.person,
    post: e.post,
    type: e.type,
    effectiveOn: e.effectiveOn ?? '',
    probationMonths: e.probationMonths === null ? '' : String(e.probationMonths),
    reason: '',
  };
}

const SELECTED = new SafeHtml(' selected');

export function eventCorrectionView(e: EventForm, values: EventFormValues, viewer: Viewer, notice: Notice | null): string {
  return layout(
    '更正任免事项',
    html`<h1>更正任免事项</h1>
<p>依据：<a href="${linkTo('notice', e.noticeKey)}#L${e.sourceLine}">${e.docNumber ?? '（无文号通知）'} 第${e.sourceLine}行</a>：${e.sourceText}</p>
<p class="muted">通知原文写作“${e.personText}”“${e.positionText}”，原文始终保留；更正只改变记录的理解，之前的版本仍可查询。</p>
${readOnlyNote(viewer)}${message(notice)}
<form class="desk-form" method="post" action="/correct/event/${e.eventId}">
${csrfField(viewer)}<input type="hidden" name="version" value="${e.version}">
<div class="row">
  <label>人员 <input type="text" name="person" value="${values.person}" required maxlength="50"></label>
  <label>职务（机构加职务名称） <input type="text" name="post" value="${values.post}" required maxlength="200"></label>
</div>
<div class="row">
  <label>事项 <select name="type">${EVENT_TYPES.map(([v, label]) => html`<option value="${v}"${v === values.type ? SELECTED : ''}>${label}</option>`)}</select></label>
  <label>生效日期 <input type="date" name="effectiveOn" value="${values.effectiveOn}"></label>
  <label>试用期（月，无则留空） <input type="number" name="probationMonths" min="1" max="120" value="${values.probationMonths}"></label>
</div>
<label>更正理由（必填，记入操作记录） <textarea name="reason" rows="2" required maxlength="500">${values.reason}</textarea></label>
${submitButton(viewer, '保存更正')} <a href="${linkTo('person', e.person)}#p${e.personId}">返回</a>
</form>`,
    '',
    viewer,
  );
}

export function retractView(docNumber: string, notices: RetractableNotice[], reason: string, viewer: Viewer, notice: Notice | null): string {
  const counting = notices.filter((n) => !n.retractedAt);
  return layout(
    '撤销通知',
    html`<h1>撤销通知 ${docNumber}</h1>
<p class="muted">撤销后，这份通知的任免事项不再计入任职情况；撤销前的情况仍可按时间点查询，撤销记入操作记录。</p>
${readOnlyNote(viewer)}${message(notice)}
<table><thead><tr><th>发文机关</th><th>标题</th><th>日期</th><th>任免事项</th><th>状态</th></tr></thead>
<tbody>${notices.map(
      (n) => html`<tr><td>${n.issuer ?? '未载明'}</td><td><a href="${linkTo('notice', n.key)}">${n.title ?? '（无标题）'}</a></td><td>${chineseDate(n.signedOn)}</td>
<td>${n.events}</td><td>${n.retractedAt ? '已撤销' : '有效'}</td></tr>`,
    )}</tbody></table>
${
  counting.length
    ? html`<form class="desk-form" method="post" action="/correct/retract">
${csrfField(viewer)}<input type="hidden" name="notice" value="${docNumber}">
<label>撤销理由（必填） <textarea name="reason" rows="2" required maxlength="500">${reason}</textarea></label>
${submitButton(viewer, `撤销文号为 ${docNumber} 的通知`)}
</form>`
    : html`<p>这个文号的通知都已撤销。</p>`
}`,
    '',
    viewer,
  );
}
