import { END_REASON_WORDS, EndReason, principalTitle, seatKind } from '@renmian/tenure-rules';
import { chineseDate } from '../../common/labels.util';
import type { VacancyFound } from '../../vacancies/vacancies.service';
import { OrgTenureRow, OrganizationFound } from '../readers/holders.reader';
import { SafeHtml, html, linkTo } from './html.util';
import { endNote, personLink } from './holders.view';
import { barOf, timelineFigure } from './timeline-figure.view';
import type { TimelineRow } from './timeline.svg';

/** The span of years the organisation's timeline shows: first and last year, inclusive. */
export interface YearSpan {
  from: number;
  to: number;
}

/**
 * Single seats first, the organisation's own (局长, shorter titles) before its sections' (综合科科长);
 * each acting post right after the seat it stands in for.
 */
function postOrder(a: OrgTenureRow, b: OrgTenureRow): number {
  const base = (t: OrgTenureRow) => principalTitle(t.title) ?? t.title;
  const single = (t: OrgTenureRow) => (seatKind(base(t)) === 'single' ? 0 : 1);
  const acting = (t: OrgTenureRow) => (principalTitle(t.title) === null ? 0 : 1);
  return (
    single(a) - single(b) || base(a).length - base(b).length || base(a).localeCompare(base(b), 'zh') || acting(a) - acting(b) || a.post.localeCompare(b.post, 'zh')
  );
}

/** Rows = posts, bars = tenures (several holders of a multi seat on lanes of their own). */
export function organizationTimeline(org: OrganizationFound, tenures: OrgTenureRow[], span: YearSpan, asOf: string): SafeHtml {
  const byPost = new Map<string, OrgTenureRow[]>();
  for (const t of [...tenures].sort(postOrder)) byPost.set(t.post, [...(byPost.get(t.post) ?? []), t]);
  const rows: TimelineRow[] = [...byPost].map(([post, list]) => ({
    label: list[0].title,
    href: linkTo('post', post),
    bars: list.map((t) => barOf(t, t.person, `${t.person} ${t.title}`)),
  }));
  const form = html`<form method="get" action="${linkTo('org', org.name)}" class="span-form">
  <input type="hidden" name="asOf" value="${asOf}">
  <label>自 <input type="number" name="from" value="${span.from}" min="1900" max="2200" required> 年</label>
  <label>至 <input type="number" name="to" value="${span.to}" min="1900" max="2200" required> 年</label>
  <button type="submit">显示</button>
</form>`;
  const body = rows.length
    ? timelineFigure(
        'org-chart',
        `${org.name}各职务${span.from}年至${span.to}年任职时间图：每行一个职务，每段为一人的任职，竖虚线为${chineseDate(asOf)}。图下“文字版”列出同样内容；各职务的历任见职务链接。`,
        rows,
        { from: `${span.from}-01-01`, to: `${span.to + 1}-01-01` },
        { marker: asOf },
      )
    : html`<p>${span.from}年至${span.to}年间没有已知的任职人员。</p>`;
  return html`<h2 id="timeline-heading">${span.from}年至${span.to}年任职时间图</h2>${form}${body}${rows.length ? timelineTable([...byPost]) : ''}`;
}

/** The picture in words: every tenure drawn, post by post, in the table's usual words. */
function timelineTable(posts: [string, OrgTenureRow[]][]): SafeHtml {
  const cell = (t: OrgTenureRow) => {
    const start = t.start ? chineseDate(t.start) : `未载明${t.startBound ? `（不早于${chineseDate(t.startBound)}）` : ''}`;
    return html`<td>${start}</td><td>${endNote(t.end, t.endReason, t.endInferred)}</td><td>${t.probationEnd ? chineseDate(t.probationEnd) : ''}</td>`;
  };
  return html`<details class="timeline-text"><summary>时间图的文字版（各职务任职一览）</summary>
<table id="org-timeline-table"><thead><tr><th>职务</th><th>姓名</th><th>任职开始</th><th>任职结束</th><th>试用期满</th></tr></thead>
<tbody>${posts.map(([post, list]) =>
    list.map(
      (t) => html`<tr><td><a href="${linkTo('post', post)}">${principalTitle(t.title) ?? t.title}</a>${principalTitle(t.title) ? html` <span class="acting">代理</span>` : ''}</td>
<td>${personLink({ personId: t.personId, person: t.person, jurisdiction: t.jurisdiction, disambiguator: t.disambiguator })}</td>${cell(t)}</tr>`,
    ),
  )}</tbody></table></details>`;
}

/** The organisation's single seats without a holder on the day, and how each came to be empty. */
/** `everywhere`: the list spans organisations (the /vacancies page), so each post is named in full. */
export function vacanciesSection(vacancies: VacancyFound[], asOf: string, everywhere = false): SafeHtml {
  const note = html`<p class="muted">仅列出曾有任职记录、同一时间只有一人的职位（局长、主任等正职）；记录中从未有人任职的职位不算空缺。</p>`;
  if (vacancies.length === 0) return html`<h2 id="vacancies-heading">${chineseDate(asOf)}的空缺职位</h2><p>这一天没有空缺的职位。</p>${note}`;
  const rows = vacancies.map(({ last, since, acting }) => {
    const why = last.end_reason ? END_REASON_WORDS[last.end_reason as EndReason] ?? last.end_reason : '';
    const lastHolder = { personId: last.person_id, person: last.person_name, jurisdiction: last.person_jurisdiction, disambiguator: last.person_disambiguator };
    return html`<tr>
<td><a href="${linkTo('post', last.post_name)}">${everywhere ? last.post_name : last.post_title}</a></td>
<td>${chineseDate(since)}</td>
<td>${personLink(lastHolder)}</td>
<td>${why}${last.end_inferred ? html` <span class="inferred" title="通知未载明免职，因该职位已任命他人而推断">推断</span>` : ''}</td>
<td>${last.closed_notice_key ? html`<a href="${linkTo('notice', last.closed_notice_key)}">${last.closed_doc_number ?? '（无文号通知）'}</a>` : ''}</td>
<td>${
      acting
        ? html`由${personLink({ personId: acting.person_id, person: acting.person_name, jurisdiction: acting.person_jurisdiction, disambiguator: acting.person_disambiguator })}<span class="acting">代理</span>${acting.start_on ? `（自${chineseDate(acting.start_on)}起）` : ''}`
        : html`<strong>无人任职</strong>`
    }</td></tr>`;
  });
  return html`<h2 id="vacancies-heading">${chineseDate(asOf)}的空缺职位</h2>
<table id="vacancies" aria-describedby="vacancies-heading"><thead><tr><th>职务</th><th>空缺自</th><th>上一任</th><th>离任方式</th><th>离任依据</th><th>现状</th></tr></thead>
<tbody>${rows}</tbody></table>${note}`;
}
