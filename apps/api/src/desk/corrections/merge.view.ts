import { SafeHtml, html, linkTo } from '../../web/views/html.util';
import { EVENT_LABELS, chineseDate } from '../../common/labels.util';
import { layout } from '../../web/views/layout.view';
import { Notice, csrfField, message, readOnlyNote, submitButton } from '../desk-page.view';
import type { Viewer } from '../../identity/viewer';
import type { OrganizationChoice, PersonChoice, PersonEvent } from './correction-forms.reader';

const CHECKED = new SafeHtml(' checked');

function reasonField(reason: string, label: string): SafeHtml {
  return html`<label>${label}（必填，记入操作记录） <textarea name="reason" rows="2" required maxlength="500">${reason}</textarea></label>`;
}

/** Merging people: the people of the names asked about, to tick the ones that are one person. */
export function mergePeopleView(names: string[], people: PersonChoice[], chosen: string[], reason: string, viewer: Viewer, notice: Notice | null): string {
  return layout(
    '合并人员',
    html`<h1>合并人员</h1>
<p class="muted">勾选实为同一人的记录（至少两项）。合并后保留最早的记录，其余记录的任免事项归入其下；之前的情况仍可按时间点查询。</p>
<form method="get" action="/correct/people" class="desk-form">
  <label>按姓名查找（可填多个，以空格或顿号分隔） <input type="text" name="name" value="${names.join(' ')}"></label>
  <button type="submit">查找</button>
</form>
${readOnlyNote(viewer)}${message(notice)}
${
  people.length
    ? html`<form class="desk-form" method="post" action="/correct/people">
${csrfField(viewer)}<input type="hidden" name="names" value="${names.join(' ')}">
<table><thead><tr><th class="pick"></th><th>姓名</th><th>发文机关</th><th>任免事项</th><th>职务</th></tr></thead>
<tbody>${people.map(
        (p) => html`<tr><td><input type="checkbox" name="ids" value="${p.id}" id="person-${p.id}"${chosen.includes(p.id) ? CHECKED : ''}></td>
<td><label for="person-${p.id}"><a href="${linkTo('person', p.name)}#p${p.id}">${p.name}</a>${p.disambiguator > 0 ? `（同名者${p.disambiguator + 1}）` : ''}</label></td>
<td>${p.jurisdiction}</td><td>${p.events}</td><td>${p.posts.join('、')}</td></tr>`,
      )}</tbody></table>
${reasonField(reason, '合并理由')}
${submitButton(viewer, '合并为一人')}
</form>`
    : html`<p>没有找到${names.length ? `名为“${names.join('、')}”的` : ''}人员。</p>`
}`,
    '',
    viewer,
  );
}

/** Splitting a person: the events that belong to someone else of the same name, to move to a new person. */
export function splitPersonView(person: PersonChoice, events: PersonEvent[], chosen: string[], reason: string, viewer: Viewer, notice: Notice | null): string {
  return layout(
    '拆分人员',
    html`<h1>拆分人员：${person.name}</h1>
<p class="muted">${person.jurisdiction}。勾选属于另一位同名者的任免事项，它们将移到一条新的同名人员记录下。</p>
${readOnlyNote(viewer)}${message(notice)}
<form class="desk-form" method="post" action="/correct/split/${person.id}">
${csrfField(viewer)}
<table><thead><tr><th class="pick"></th><th>生效日期</th><th>事项</th><th>职务</th><th>依据通知</th></tr></thead>
<tbody>${events.map(
      (e) => html`<tr><td><input type="checkbox" name="eventIds" value="${e.eventId}" id="event-${e.eventId}"${chosen.includes(e.eventId) ? CHECKED : ''}></td>
<td>${chineseDate(e.effectiveOn)}</td><td><label for="event-${e.eventId}">${EVENT_LABELS[e.type.toUpperCase()] ?? e.type}</label></td><td>${e.post}</td>
<td><a href="${linkTo('notice', e.noticeKey)}">${e.docNumber ?? '（无文号通知）'}</a></td></tr>`,
    )}</tbody></table>
${reasonField(reason, '拆分理由')}
${submitButton(viewer, '移到新的同名人员')} <a href="${linkTo('person', person.name)}#p${person.id}">返回</a>
</form>`,
    '',
    viewer,
  );
}

/** Merging organisations: one organisation written two ways; the other names stay findable as aliases. */
export function mergeOrganizationsView(search: string, organizations: OrganizationChoice[], chosen: string[], reason: string, viewer: Viewer, notice: Notice | null): string {
  return layout(
    '合并机构',
    html`<h1>合并机构</h1>
<p class="muted">勾选实为同一机构的几种写法（至少两项）。保留最早载入的名称，其余名称作为别名仍可查到；同名职务合并，任职情况重新推算。</p>
<form method="get" action="/correct/organizations" class="desk-form">
  ${chosen.map((id) => html`<input type="hidden" name="ids" value="${id}">`)}
  <label>查找机构（名称中的一部分） <input type="text" name="name" value="${search}"></label>
  <button type="submit">查找</button>
</form>
${readOnlyNote(viewer)}${message(notice)}
${
  organizations.length
    ? html`<form class="desk-form" method="post" action="/correct/organizations">
${csrfField(viewer)}<input type="hidden" name="name" value="${search}">
<table><thead><tr><th class="pick"></th><th>机构</th><th>职务</th></tr></thead>
<tbody>${organizations.map(
        (o) => html`<tr><td><input type="checkbox" name="ids" value="${o.id}" id="org-${o.id}"${chosen.includes(o.id) ? CHECKED : ''}></td>
<td><label for="org-${o.id}"><a href="${linkTo('org', o.name)}">${o.name}</a></label></td><td>${o.posts.join('、')}</td></tr>`,
      )}</tbody></table>
${reasonField(reason, '合并理由')}
${submitButton(viewer, '合并为一个机构')}
</form>`
    : html`<p>没有找到机构${search ? `“${search}”` : ''}。</p>`
}`,
    '',
    viewer,
  );
}
