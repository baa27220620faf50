import type { Viewer } from '../../identity/viewer';
import { chineseDate } from '../../common/labels.util';
import { zonedTime } from '../../common/zoned-time.util';
import { ReviewItemModel, ReviewKind, ReviewSeverity } from '../../review/review-item.model';
import { RecentNotice } from '../readers/directory.reader';
import { SafeHtml, html, linkTo } from '../views/html.util';
import { layout } from '../views/layout.view';
import { noticeList } from '../views/directory.view';
import { personLink } from '../views/holders.view';
import { OfficeDay, PROBATION_DAYS, RecentLoad } from './office.reader';

/** Each list shows its head; the count and the link give the rest. */
const SHOWN = 8;

export const SEVERITY_WORDS: Record<ReviewSeverity, string> = { HIGH: '重要', MEDIUM: '一般', LOW: '提示' };

/** 重要/一般/提示 as a coloured badge (the words say it too: colour is never the only sign). */
export function severityBadge(severity: ReviewSeverity): SafeHtml {
  return html`<span class="badge sev-${severity.toLowerCase()}">${SEVERITY_WORDS[severity]}</span>`;
}

/** A panel: its title with the count, the first rows, and the link to the whole list. */
function panel(id: string, title: string, count: number, href: string, more: string, body: SafeHtml | string, empty: string): SafeHtml {
  return html`<section class="panel" id="${id}">
<h2>${title} <span class="count">${count}</span></h2>
${count === 0 ? html`<p class="muted">${empty}</p>` : body}
<p class="more"><a href="${href}">${more}</a></p>
</section>`;
}

function probations(day: OfficeDay): SafeHtml {
  const rows = day.probationsEnding.slice(0, SHOWN);
  return panel(
    'probations-ending',
    `${PROBATION_DAYS}天内试用期满`,
    day.probationsEnding.length,
    `/probations?days=${PROBATION_DAYS}`,
    `全部 ${day.probationsEnding.length} 人 →`,
    html`<ul>${rows.map((h) => html`<li><span class="when">${chineseDate(h.probationEnd)}</span> ${personLink(h)} <span class="muted">${h.post}</span></li>`)}</ul>`,
    `${chineseDate(day.today)}起${PROBATION_DAYS}天内没有试用期届满的在任人员。`,
  );
}

function unconfirmed(day: OfficeDay): SafeHtml {
  const rows = day.unconfirmed.slice(0, SHOWN);
  const who = (i: ReviewItemModel) => i.refs?.people?.[0];
  return panel(
    'probations-unconfirmed',
    '试用期满未见正式任职',
    day.unconfirmed.length,
    `/review#${ReviewKind.PROBATION_ENDED_UNCONFIRMED}`,
    `全部 ${day.unconfirmed.length} 项 →`,
    html`<ul>${rows.map((i) => {
      const p = who(i);
      const name = p ? html`<a href="${linkTo('person', p.name)}${p.id ? `#p${p.id}` : ''}">${p.name}</a>` : '';
      return html`<li>${name} <span class="muted">${i.refs?.post?.name ?? ''}</span> <span class="when">${i.evidence[1] ?? ''}</span></li>`;
    })}</ul>`,
    '没有试用期届满30天以上、仍未见正式任职或免职通知的人员。',
  );
}

function review(day: OfficeDay): SafeHtml {
  const bySeverity = (['HIGH', 'MEDIUM', 'LOW'] as ReviewSeverity[]).map((s) => ({ s, n: day.review.filter((i) => i.severity === s).length }));
  return panel(
    'review',
    '待核查',
    day.review.length,
    '/review',
    `全部 ${day.review.length} 项 →`,
    html`<p class="weights">${bySeverity.map(({ s, n }) => html`${severityBadge(s)} ${n} 项 `)}</p>
<ul>${day.review.slice(0, SHOWN).map((i) => html`<li>${severityBadge(i.severity)} <a href="/review#${i.kind}">${i.summary.length > 70 ? `${i.summary.slice(0, 70)}…` : i.summary}</a></li>`)}</ul>`,
    '目前没有待核查的内容。',
  );
}

function vacancies(day: OfficeDay): SafeHtml {
  const rows = day.vacancies.slice(0, SHOWN);
  return panel(
    'vacancies',
    '空缺职位',
    day.vacancies.length,
    '/vacancies',
    `全部 ${day.vacancies.length} 个 →`,
    html`<ul>${rows.map(
      (v) => html`<li><span class="when">${chineseDate(v.since)}起</span> <a href="${linkTo('post', v.last.post_name)}">${v.last.post_name}</a>${v.acting ? html` <span class="acting">有人代理</span>` : ''}</li>`,
    )}</ul>`,
    '今天没有空缺的正职（局长、主任等）。记录中从未有人任职的职位不算空缺。',
  );
}

function load(l: RecentLoad): SafeHtml {
  const notices = l.notices.slice(0, 4);
  return html`<li><span class="when">${zonedTime(new Date(l.at))}</span> ${l.actor} 载入${l.filename ? `“${l.filename}”` : '粘贴的文本'}：${notices.map((n, i) => html`${i ? '、' : ''}<a href="${linkTo('notice', n.key)}">${n.docNumber ?? '（无文号通知）'}</a>`)}${l.notices.length > notices.length ? ` 等 ${l.notices.length} 份` : ''}，${l.events} 项任免</li>`;
}

function loads(day: OfficeDay): SafeHtml {
  return panel(
    'loads',
    '最近载入',
    day.loadCount,
    '/audit?action=loadNotices',
    `全部 ${day.loadCount} 次载入 →`,
    html`<ul>${day.loads.map(load)}</ul>`,
    '工作台还没有载入过通知。',
  );
}

/**
 * The home page of a signed-in session: what needs the office's attention today, each list with its
 * count and a link to the whole of it, then the search and the latest notices as for everyone.
 */
export function officeHomeView(day: OfficeDay, recent: RecentNotice[], viewer: Viewer): string {
  return layout(
    '工作台首页',
    html`<h1>今天（${chineseDate(day.today)}）</h1>
<div class="panels">
${probations(day)}
${unconfirmed(day)}
${review(day)}
${vacancies(day)}
${loads(day)}
</div>
<form action="/search" method="get" role="search" class="home-search">
  <input type="search" name="q" placeholder="输入姓名、职务或机构名称，或拼音（如 wyh）" aria-label="查询" style="width:24rem;padding:.4rem">
  <button type="submit">查询</button>
</form>
<h2>最近的任免通知</h2>
${noticeList(recent)}`,
    '',
    viewer,
  );
}
