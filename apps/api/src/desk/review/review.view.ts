import { SafeHtml, html, linkTo } from '../../web/views/html.util';
import { chineseDate } from '../../common/labels.util';
import { layout } from '../../web/views/layout.view';
import { ReviewItemModel, ReviewKind } from '../../review/review-item.model';
import { severityBadge } from '../../web/office/office.view';
import { Notice, csrfField, message, readOnlyNote, submitButton } from '../desk-page.view';
import type { Viewer } from '../../identity/viewer';

/** Each kind of finding the queue lists: its heading, and what a person should do about it. */
const KINDS: Partial<Record<ReviewKind, { title: string; hint: string }>> = {
  [ReviewKind.REMOVAL_CONFLICTS_WITH_HOLDER]: {
    title: '免职与在任记录矛盾',
    hint: '免去某人担任的单一职位，但记录显示此时另有他人在任、而此人并无任命记录。请核对人名、职务和通知，必要时更正。',
  },
  [ReviewKind.PROBATION_ENDED_UNCONFIRMED]: {
    title: '试用期满未见正式任职',
    hint: '试用期已届满30天以上，仍在任，但没有正式任职或免职的通知。请向人事部门核实，并载入相应通知。',
  },
  [ReviewKind.TWO_OPEN_HOLDERS]: { title: '一职两人同时在任', hint: '只有一个职位的职务同时有两位经任命的人在任：可能缺少一份免职通知，或有一项需要更正。' },
  [ReviewKind.SAME_PERSON_ACROSS_ISSUERS]: {
    title: '可能是同一人（不同发文机关）',
    hint: '同一地方的两个发文机关先后对同名人员作出任免，时间相接或涉及同一职务。确认是同一人就接受（合并为一人，可再拆分），否则忽略。',
  },
  [ReviewKind.SIMILAR_ORGANIZATIONS]: { title: '可能是同一机构', hint: '名称只差常见错字、漏字或重字，或只是简称、繁简写法不同。是同一机构就接受（合并），否则忽略。' },
  [ReviewKind.NAME_UNDER_TWO_ISSUERS]: { title: '不同发文机关下的同名人员', hint: '同一姓名由两个发文机关任命，记录中没有能把两者联系起来的任免。是同一人就合并。' },
  [ReviewKind.UNPARSED_LINE]: { title: '未能读取的行', hint: '通知中程序未能读懂的行：请对照原文，看其中是否有未读出的任免，必要时更正。' },
};

const GROUP_LIMIT = 200;

/** Where to look, and the correction that would settle the finding. */
function links(item: ReviewItemModel): SafeHtml {
  const r = item.refs ?? {};
  const out: SafeHtml[] = [];
  for (const o of r.organizations ?? []) out.push(html`<a href="${linkTo('org', o.name)}">${o.name}</a>`);
  for (const p of r.people ?? []) out.push(html`<a href="${linkTo('person', p.name)}${p.id ? `#p${p.id}` : ''}">${p.name}</a>`);
  if (r.post?.organization) out.push(html`<a href="${linkTo('org', r.post.organization)}">${r.post.organization}</a>`);
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

/** The lines the finding rests on: quoted from their notices, or (unread lines) as the evidence says. */
function evidence(item: ReviewItemModel): SafeHtml | string {
  const quoted = item.sources.filter((s) => s.text);
  if (quoted.length > 0) {
    return html`<ul class="evidence">${quoted.map((s) => html`<li><span class="muted">${s.issuer ?? ''} ${chineseDate(s.date, '')} 第${s.line ?? '?'}行：</span>${s.text}</li>`)}</ul>`;
  }
  return item.evidence.length ? html`<ul class="evidence">${item.evidence.map((e) => html`<li>${e}</li>`)}</ul>` : '';
}

/** Accept (for a merge the finding proposes) and dismiss, each with its reason. */
function actions(item: ReviewItemModel, viewer: Viewer): SafeHtml {
  const accept = item.acceptable
    ? html`<form class="accept" method="post" action="/review/accept">${csrfField(viewer)}<input type="hidden" name="id" value="${item.id}">
<input type="text" name="reason" placeholder="接受（合并）的理由（必填）" aria-label="接受的理由" required maxlength="500" style="width:24rem"> ${submitButton(viewer, '接受并合并')}</form>`
    : '';
  return html`${accept}<form class="dismiss" method="post" action="/review/dismiss">${csrfField(viewer)}<input type="hidden" name="id" value="${item.id}">
<input type="text" name="reason" placeholder="忽略的理由（必填）" aria-label="忽略的理由" required maxlength="500" style="width:24rem"> ${submitButton(viewer, '忽略')}</form>`;
}

function itemRow(item: ReviewItemModel, viewer: Viewer): SafeHtml {
  return html`<li class="review-item" data-id="${item.id}" data-severity="${item.severity.toLowerCase()}">
<div>${severityBadge(item.severity)} ${item.summary}</div>
${evidence(item)}
<div class="links">${links(item)}</div>
${actions(item, viewer)}
</li>`;
}

/** The items the page lists: the first GROUP_LIMIT of each kind (their sources are read). */
export function shownItems(items: ReviewItemModel[]): ReviewItemModel[] {
  const seen = new Map<ReviewKind, number>();
  return items.filter((i) => {
    const n = (seen.get(i.kind) ?? 0) + 1;
    seen.set(i.kind, n);
    return n <= GROUP_LIMIT;
  });
}

export function reviewView(items: ReviewItemModel[], viewer: Viewer, notice: Notice | null): string {
  // In the order KINDS lists them: contradictions and overdue decisions first.
  const groups = (Object.keys(KINDS) as ReviewKind[])
    .map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }))
    .filter((g) => g.items.length > 0);
  return layout(
    '待核查',
    html`<h1>待核查</h1>
<p class="muted">程序发现、需要人来判断的情况，共 ${items.length} 项，重要的在前。更正或接受后会自动消失；无需更正的，写明理由后忽略（理由记入操作记录）。</p>
${readOnlyNote(viewer)}${message(notice)}
${groups.length ? html`<nav class="tabs">${groups.map((g) => html`<a href="#${g.kind}">${KINDS[g.kind]!.title}（${g.items.length}）</a>`)}</nav>` : html`<p>目前没有待核查的内容。</p>`}
${groups.map(
  (g) => html`<section class="review-group" id="${g.kind}">
<h2>${KINDS[g.kind]!.title} <span class="muted">${g.items.length} 项</span></h2>
<p class="muted">${KINDS[g.kind]!.hint}</p>
<ul>${g.items.slice(0, GROUP_LIMIT).map((i) => itemRow(i, viewer))}</ul>
${g.items.length > GROUP_LIMIT ? html`<p class="muted">另有 ${g.items.length - GROUP_LIMIT} 项未列出：处理上面的之后再来。</p>` : ''}
</section>`,
)}`,
    '',
    viewer,
  );
}
