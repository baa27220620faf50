import { daysBetween, principalTitle, vacantSpans } from '@renmian/tenure-rules';
import type { Viewer } from '../../identity/viewer';
import { chineseDate } from '../../common/labels.util';
import { PostFound, SuccessionRow } from '../readers/post.reader';
import { SafeHtml, html, linkTo } from './html.util';
import { endNote, personLink } from './holders.view';
import { layout } from './layout.view';
import { barOf, timelineFigure } from './timeline-figure.view';
import { spanOf } from './timeline.svg';

function startCell(t: SuccessionRow): SafeHtml | string {
  if (t.start) return chineseDate(t.start);
  return html`<span class="muted">未载明${t.startBound ? `（不早于${chineseDate(t.startBound)}）` : ''}</span>`;
}

function noticeCell(key: string | null, doc: string | null): SafeHtml | string {
  return key ? html`<a href="${linkTo('notice', key)}">${doc ?? '（无文号通知）'}</a>` : '';
}

function holderRow(t: SuccessionRow, i: number): SafeHtml {
  const acting = principalTitle(t.title) !== null;
  return html`<tr class="${acting ? 'acting-row' : ''}">
<td>${i + 1}</td><td>${personLink(t)}</td>
<td>${acting ? html`${principalTitle(t.title)} <span class="acting" title="代理该职务，尚未正式任命">代理</span>` : t.title}</td>
<td>${startCell(t)}</td><td>${endNote(t.end, t.endReason, t.endInferred)}</td>
<td>${t.probationEnd ? html`<span class="probation">${chineseDate(t.probationEnd)}</span>` : ''}</td>
<td>${noticeCell(t.openedKey, t.openedDoc)}</td><td>${noticeCell(t.closedKey, t.closedDoc)}</td></tr>`;
}

/** The seat's empty stretches in words (the picture shades the same). */
function vacancySection(post: PostFound, holders: SuccessionRow[], today: string): SafeHtml {
  if (post.seatKind !== 'single') return html`<p class="muted">此职务可由多人同时担任，不计空缺。</p>`;
  if (holders.length === 0) return html`<p class="muted">记录中从未有人担任此职务：不算空缺。</p>`;
  const gaps = vacantSpans(holders).filter((g) => g.from <= today);
  if (gaps.length === 0) return html`<p>自有记录以来，此职务没有空缺。</p>`;
  return html`<table id="post-vacancies"><thead><tr><th>空缺自</th><th>空缺至</th><th>天数</th></tr></thead>
<tbody>${gaps.map(
    (g) => html`<tr><td>${chineseDate(g.from)}</td><td>${g.to ? chineseDate(g.to) : html`<strong>至今仍空缺</strong>`}</td><td>${daysBetween(g.from, g.to ?? today)}</td></tr>`,
  )}</tbody></table>`;
}

export function postView(post: PostFound, holders: SuccessionRow[], today: string, viewer: Viewer | null = null): string {
  const bars = holders.map((t) => barOf(t, t.person, `${t.person} ${t.title}`));
  const span = spanOf(bars, today);
  const gaps = post.seatKind === 'single' ? vacantSpans(holders).map((g) => ({ from: g.from, to: g.to ?? today })) : [];
  const rows = holders.map((t, i) => ({ label: `${i + 1}. ${t.person}`, href: `${linkTo('person', t.person)}#p${t.personId}`, bars: [bars[i]] }));
  const acting = holders.some((t) => principalTitle(t.title) !== null);
  return layout(
    post.name,
    html`<h1>${post.name}</h1>
<p>所属机构：<a href="${linkTo('org', post.organization)}">${post.organization}</a> · ${post.seatKind === 'single' ? '单一职位（同一时间只有一人）' : '可多人同时担任'}${acting ? ' · 含代理该职务者' : ''}</p>
<h2>历任</h2>
${
  holders.length
    ? html`${timelineFigure('succession-chart', `${post.name}历任任职时间图：每行一位任职者，横轴为年份${gaps.length ? '，浅红色斜线为空缺' : ''}。下表列出同样内容。`, rows, span, { gaps, marker: today })}
<table id="succession"><thead><tr><th>序</th><th>姓名</th><th>职务</th><th>任职开始</th><th>任职结束及方式</th><th>试用期满</th><th>任命依据</th><th>离任依据</th></tr></thead>
<tbody>${holders.map(holderRow)}</tbody></table>`
    : html`<p>记录中没有此职务的任职人员。</p>`
}
<h2>空缺</h2>
${vacancySection(post, holders, today)}`,
    '',
    viewer,
  );
}
