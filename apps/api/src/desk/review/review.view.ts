import { SafeHtml, html, linkTo } from '../../web/views/html.util';
import { chineseDate, unreadReason } from '../../web/views/labels.util';
import { layout } from '../../web/views/layout.view';
import { ReviewItemModel, ReviewKind } from '../../review/review-item.model';
import { Notice, csrfField, message, readOnlyNote, submitButton } from '../desk-page.view';
import type { Viewer } from '../session/viewer';

/** Each kind of finding: its heading, and what a person should do about it. */
const KINDS: Record<ReviewKind, { title: string; hint: string }> = {
  [ReviewKind.SIMILAR_ORGANIZATIONS]: { title: '名称相近的机构', hint: '可能是同一机构的两种写法（如扫描识别错字）。是同一机构就合并，否则忽略。' },
  [ReviewKind.NAME_UNDER_TWO_ISSUERS]: { title: '不同发文机关下的同名人员', hint: '同一姓名出现在两个发文机关的通知里。是同一人就合并。' },
  [ReviewKind.REMOVAL_WITHOUT_APPOINTMENT]: { title: '免职但无已知任命', hint: '任职开始未知：任命通知可能尚未载入。' },
  [ReviewKind.TWO_OPEN_HOLDERS]: { title: '一职两人同时在任', hint: '只有一个职位的职务同时有两人在任：可能缺少一份免职通知，或有一项需要更正。' },
  [ReviewKind.INFERRED_END]: { title: '推断的离任', hint: '没有通知载明免职，因该职位已任命他人而推断离任。' },
  [ReviewKind.UNPARSED_LINE]: { title: '未能读取的行', hint: '通知中程序未能读懂的行：请对照原文，必要时更正。' },
};

const GROUP_LIMIT = 200;

/** The finding in Chinese, from the names it is about (the service's summary is English, for GraphQL). */
function summary(item: ReviewItemModel): SafeHtml | string {
  const r = item.refs ?? {};
  const person = (i: number) => r.people?.[i]?.name ?? '';
  switch (item.kind) {
    case ReviewKind.SIMILAR_ORGANIZATIONS:
      return html`“${r.organizations?.[0]?.name ?? ''}”与“${r.organizations?.[1]?.name ?? ''}”名称相近：是同一机构吗？`;
    case ReviewKind.NAME_UNDER_TWO_ISSUERS:
      return html`${person(0)} 由 ${item.evidence.join('、')} 分别任命：是一人还是两人？`;
    case ReviewKind.REMOVAL_WITHOUT_APPOINTMENT:
      return html`${person(0)} 被免去 ${r.post?.name ?? ''}，但没有已知的任命。`;
    case ReviewKind.TWO_OPEN_HOLDERS:
      return html`${r.post?.name ?? ''} 只有一个职位，${person(0)} 与 ${person(1)} 却同时在任（${item.evidence[0] ?? ''}）。`;
    case ReviewKind.INFERRED_END:
      return html`${person(0)} 任 ${r.post?.name ?? ''} 的结束系推断，没有通知载明。`;
    case ReviewKind.UNPARSED_LINE:
      return html`第${r.unread?.line ?? '?'}行未能读取：${item.evidence[0] ?? ''} <span class="muted">（${unreadReason(r.unread?.reason ?? '')}）</span>`;
    default:
      return item.summary;
  }
}

/** Where to look, and the correction that would settle the finding. */
function links(item: ReviewItemModel): SafeHtml {
  const r = item.refs ?? {};
  const out: SafeHtml[] = [];
  for (const o of r.organizations ?? []) out.push(html`<a href="${linkTo('org', o.name)}">${o.name}</a>`);
  for (const p of r.people ?? []) out.push(html`<a href="${linkTo('person', p.name)}">${p.name}</a>`);
  if (r.post) out.push(html`<a href="${linkTo('org', r.post.organization)}">${r.post.organization}</a>`);
  for (const s of item.sources) {
    if (s.docNumber) out.push(html`<a href="${linkTo('notice', s.docNumber)}${s.line ? `#L${s.line}` : ''}">${s.docNumber}${s.line ? `（第${s.line}行）` : ''}</a>`);
  }
  if (r.notice) out.push(html`<a href="${linkTo('notice', r.notice.key)}#L${r.notice.line}">通知第${r.notice.line}行</a>`);
  if (item.kind === ReviewKind.SIMILAR_ORGANIZATIONS && r.organizations) {
    out.push(html`<a class="action" href="/correct/organizations?ids=${r.organizations.map((o) => o.id).join(',')}">合并这两个机构…</a>`);
  }
  if (item.kind === ReviewKind.NAME_UNDER_TWO_ISSUERS && r.people?.[0]) {
    out.push(html`<a class="action" href="/correct/people?name=${encodeURIComponent(r.people[0].name)}">合并为一人…</a>`);
  }
  return html`${out.map((l, i) => html`${i ? ' · ' : ''}${l}`)}`;
}

function evidence(item: ReviewItemModel): SafeHtml | string {
  const quoted = item.sources.filter((s) => s.text);
  if (quoted.length === 0) return '';
  return html`<ul class="evidence">${quoted.map((s) => html`<li><span class="muted">${s.issuer ?? ''} ${chineseDate(s.date, '')} 第${s.line ?? '?'}行：</span>${s.text}</li>`)}</ul>`;
}

function itemRow(item: ReviewItemModel, viewer: Viewer): SafeHtml {
  return html`<li class="review-item" data-id="${item.id}">
<div>${summary(item)}</div>
${evidence(item)}
<div class="links">${links(item)}</div>
<form class="dismiss" method="post" action="/review/dismiss">${csrfField(viewer)}<input type="hidden" name="id" value="${item.id}">
<input type="text" name="reason" placeholder="忽略的理由（必填）" aria-label="忽略的理由" required maxlength="500" style="width:24rem"> ${submitButton(viewer, '忽略')}</form>
</li>`;
}

export function reviewView(items: ReviewItemModel[], viewer: Viewer, notice: Notice | null): string {
  const groups = Object.values(ReviewKind)
    .map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }))
    .filter((g) => g.items.length > 0);
  return layout(
    '待核查',
    html`<h1>待核查</h1>
<p class="muted">程序发现、需要人来判断的情况，共 ${items.length} 项。更正后会自动消失；无需更正的，写明理由后忽略（理由记入操作记录）。</p>
${readOnlyNote(viewer)}${message(notice)}
${groups.length ? html`<nav class="tabs">${groups.map((g) => html`<a href="#${g.kind}">${KINDS[g.kind].title}（${g.items.length}）</a>`)}</nav>` : html`<p>目前没有待核查的内容。</p>`}
${groups.map(
  (g) => html`<section class="review-group" id="${g.kind}">
<h2>${KINDS[g.kind].title} <span class="muted">${g.items.length} 项</span></h2>
<p class="muted">${KINDS[g.kind].hint}</p>
<ul>${g.items.slice(0, GROUP_LIMIT).map((i) => itemRow(i, viewer))}</ul>
${g.items.length > GROUP_LIMIT ? html`<p class="muted">另有 ${g.items.length - GROUP_LIMIT} 项未列出：处理上面的之后再来。</p>` : ''}
</section>`,
)}`,
    '',
    viewer,
  );
}
