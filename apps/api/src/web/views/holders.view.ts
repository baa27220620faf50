import type { Viewer } from '../../identity/viewer';
import { HolderRow, OrganizationFound } from '../readers/holders.reader';
import { SafeHtml, html, linkTo } from './html.util';
import { END_REASON_WORDS, EndReason, principalTitle } from '@renmian/tenure-rules';
import { chineseDate } from '../../common/labels.util';
import { layout } from './layout.view';

/** A person's name, told apart from a namesake by issuer when the name is shared. */
export function personLink(p: { personId: string; person: string; jurisdiction: string; disambiguator: number }): SafeHtml {
  const second = p.disambiguator > 0 ? html`<span class="muted">（同名者${p.disambiguator + 1}）</span>` : '';
  return html`<a href="${linkTo('person', p.person)}#p${p.personId}" title="${p.jurisdiction}">${p.person}</a>${second}`;
}

/** How a tenure ends, if it does: stated, or inferred (marked so, never passed off as stated). */
export function endNote(end: string | null, reason: string | null, inferred: boolean): SafeHtml {
  if (!end) return html`<span class="muted">至今</span>`;
  const why = reason ? END_REASON_WORDS[reason as EndReason] ?? reason : '';
  return html`${chineseDate(end)} ${why}${inferred ? html` <span class="inferred" title="通知未载明免职，因该职位已任命他人而推断">推断</span>` : ''}`;
}

/** An acting holder's title: the post stood in for, marked 代理 (domain.md, "Acting"). */
function titleCell(title: string, post: string): SafeHtml | string {
  const principal = principalTitle(title);
  const link = html`<a href="${linkTo('post', post)}" title="历任">${principal ?? title}</a>`;
  return principal === null ? link : html`${link} <span class="acting" title="代理该职务，尚未正式任命">代理</span>`;
}

function noticeLink(h: { docNumber: string | null; noticeKey: string | null }): SafeHtml | string {
  if (!h.noticeKey) return '';
  return html`<a href="${linkTo('notice', h.noticeKey)}">${h.docNumber ?? '（无文号通知）'}</a>`;
}

/** `more`: what follows today's table (its vacancies and the timeline of its posts). */
export function organizationView(org: OrganizationFound, asOf: string, holders: HolderRow[], viewer: Viewer | null = null, more: SafeHtml | string = ''): string {
  const rows = holders.map(
    (h) => html`<tr>
<td>${titleCell(h.title, h.post)}</td>
<td>${personLink(h)}${h.precedenceAfter ? html` <span class="muted">（列${h.precedenceAfter}之后）</span>` : ''}</td>
<td>${h.start ? chineseDate(h.start) : html`<span class="muted">未载明</span>`}</td>
<td>${endNote(h.end, h.endReason, h.endInferred)}</td>
<td>${h.probationEnd ? html`<span class="probation">${chineseDate(h.probationEnd)}</span>` : ''}</td>
<td>${h.rank ?? ''}</td>
<td>${noticeLink(h)}</td></tr>`,
  );
  return layout(
    org.name,
    html`<h1>${org.name}</h1>
${org.aliases.length ? html`<p class="muted">又作：${org.aliases.join('、')}</p>` : ''}
<form method="get" action="${linkTo('org', org.name)}">
  <label>日期 <input type="date" name="asOf" value="${asOf}" required></label>
  <button type="submit">查看</button>
</form>
${more ? html`<nav class="jump">本页：<a href="#holders-heading">任职人员</a><a href="#vacancies-heading">空缺职位</a><a href="#timeline-heading">任职时间图</a></nav>` : ''}
<h2 id="holders-heading">${chineseDate(asOf)}的任职人员</h2>
${
  holders.length
    ? html`<table id="holders"><thead><tr><th>职务</th><th>姓名</th><th>任职开始</th><th>任职结束</th><th>试用期满</th><th>职级</th><th>依据</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : html`<p>这一天没有已知的任职人员。</p>`
}
${more}`,
    '',
    viewer,
  );
}

export type ProbationSort = 'date' | '-date' | 'name' | '-name' | 'post' | '-post';
export const PROBATION_SORTS: ProbationSort[] = ['date', '-date', 'name', '-name', 'post', '-post'];
export const PROBATION_WINDOWS = [30, 60, 90];

function sortRows(rows: HolderRow[], sort: ProbationSort): HolderRow[] {
  const key = sort.replace('-', '') as 'date' | 'name' | 'post';
  const value = (h: HolderRow) => (key === 'date' ? h.probationEnd ?? '' : key === 'name' ? h.person : h.post);
  const sign = sort.startsWith('-') ? -1 : 1;
  return [...rows].sort((a, b) => sign * value(a).localeCompare(value(b), 'zh') || (a.probationEnd ?? '').localeCompare(b.probationEnd ?? ''));
}

export function probationsView(today: string, days: number, sort: ProbationSort, rows: HolderRow[], viewer: Viewer | null = null): string {
  const href = (d: number, s: ProbationSort) => `/probations?days=${d}&sort=${s}`;
  const header = (label: string, key: 'date' | 'name' | 'post') => {
    const next: ProbationSort = sort === key ? (`-${key}` as ProbationSort) : key;
    const arrow = sort === key ? ' ▲' : sort === `-${key}` ? ' ▼' : '';
    return html`<th><a href="${href(days, next)}" data-sort="${key}">${label}${arrow}</a></th>`;
  };
  return layout(
    '试用期到期',
    html`<h1>试用期到期</h1>
<nav class="tabs">${PROBATION_WINDOWS.map((d) => html`<a href="${href(d, sort)}" class="${d === days ? 'on' : ''}">未来${d}天</a>`)}</nav>
${
  rows.length === 0
    ? html`<p class="empty">${chineseDate(today)}起${days}天内，没有试用期届满的在任人员。${days < 90 ? html`可以看看<a href="${href(90, sort)}">未来90天</a>。` : ''}</p>`
    : html`<p class="muted">${chineseDate(today)}起${days}天内试用期满、届时仍在任的人员，共 ${rows.length} 人。</p>
<table id="probations"><thead><tr>${header('试用期满', 'date')}${header('姓名', 'name')}${header('职务', 'post')}<th>任职开始</th><th>依据</th></tr></thead>
<tbody>${sortRows(rows, sort).map(
      (h) => html`<tr><td>${chineseDate(h.probationEnd)}</td><td>${personLink(h)}</td>
<td><a href="${linkTo('post', h.post)}">${h.post}</a> · <a href="${linkTo('org', h.organization)}">${h.organization}</a></td><td>${chineseDate(h.start)}</td><td>${noticeLink(h)}</td></tr>`,
    )}</tbody></table>`
}`,
    '',
    viewer,
  );
}
