import { roleAllows } from '@renmian/access';
import { addDays } from '@renmian/tenure-rules';
import type { Viewer } from '../../identity/viewer';
import type { EventRecord } from '@renmian/exports';
import { CorrectionNote, PersonTimeline } from '../readers/person.reader';
import { html, linkTo } from './html.util';
import { endNote } from './holders.view';
import { EVENT_LABELS, chineseDate, probationLabel } from '../../common/labels.util';
import { layout } from './layout.view';
import { barOf, timelineFigure } from './timeline-figure.view';
import { spanOf } from './timeline.svg';

/** A day on which the tenure was held, for the link to its organisation: its start, else its last day. */
function dayHeld(t: { start: string | null; end: string | null }): string | null {
  return t.start ?? (t.end ? addDays(t.end, -1) : null);
}

function eventRow(e: EventRecord, edits: boolean, corrected: CorrectionNote | undefined) {
  const details = [probationLabel(e.probationMonths), e.rank, e.precedenceAfter ? `列${e.precedenceAfter}之后` : null].filter(Boolean).join('，');
  return html`<tr class="${e.type === 'INFERRED_END' ? 'inferred-row' : ''}">
<td>${chineseDate(e.effectiveOn)}</td>
<td>${EVENT_LABELS[e.type] ?? e.type}${e.type === 'INFERRED_END' ? html` <span class="inferred" title="通知未载明，因该职位任命他人而推断">推断</span>` : ''}</td>
<td><a href="${linkTo('post', e.post)}">${e.post}</a> · <a href="${linkTo('org', e.organization, { asOf: e.effectiveOn })}">${e.organization}</a></td>
<td>${details}${corrected ? html`<div class="corrected"><span class="inferred">已更正</span> ${corrected.reason}</div>` : ''}</td>
<td><a href="${linkTo('notice', e.notice.key)}#L${e.source.line}">${e.notice.docNumber ?? '（无文号通知）'}</a><br><span class="muted">${e.notice.issuer ?? ''} ${chineseDate(e.notice.signedOn, '')}</span></td>
<td><span class="muted">第${e.source.line}行</span> ${e.source.text}</td>
${edits ? html`<td class="act">${e.type === 'INFERRED_END' ? '' : html`<a class="action" href="/correct/event/${e.id}">更正</a>`}</td>` : ''}</tr>`;
}

/** The career as a picture: a row per post held, in the order first held; the table below says the same. */
function career(p: PersonTimeline, today: string) {
  if (p.tenures.length === 0) return '';
  const byPost = new Map<string, PersonTimeline['tenures']>();
  for (const t of p.tenures) byPost.set(t.post, [...(byPost.get(t.post) ?? []), t]);
  const rows = [...byPost].map(([post, list]) => ({
    label: post,
    href: linkTo('post', post),
    bars: list.map((t) => barOf({ ...t, person: p.name }, '', post)),
  }));
  return timelineFigure(`career-${p.id}`, `${p.name}任职经历时间图：每行一个职务，横轴为年份。下表列出同样内容。`, rows, spanOf(rows.flatMap((r) => r.bars), today), { marker: today });
}

function personSection(p: PersonTimeline, shared: boolean, edits: boolean, corrections: Map<string, CorrectionNote>, today: string) {
  return html`<section class="person" id="p${p.id}">
<h2>${p.name}${shared ? html` <span class="muted">（${p.jurisdiction}${p.disambiguator > 0 ? `，同名者${p.disambiguator + 1}` : ''}）</span>` : ''}</h2>
<p class="muted">据${p.jurisdiction}发布的通知${edits ? html` <a class="action" href="/correct/split/${p.id}">拆分为两人…</a>` : ''}</p>
<h3>任职经历</h3>
${career(p, today)}
<table class="tenures"><thead><tr><th>职务</th><th>任职开始</th><th>任职结束</th><th>试用期满</th></tr></thead>
<tbody>${p.tenures.map(
    (t) => html`<tr><td><a href="${linkTo('post', t.post)}">${t.post}</a> · <a href="${linkTo('org', t.organization, { asOf: dayHeld(t) })}">${t.organization}</a></td>
<td>${t.start ? chineseDate(t.start) : html`<span class="muted">未载明</span>`}</td><td>${endNote(t.end, t.endReason, t.endInferred)}</td>
<td>${t.probationEnd ? html`<span class="probation">${chineseDate(t.probationEnd)}</span>` : ''}</td></tr>`,
  )}</tbody></table>
<h3>任免记录</h3>
<table class="events"><thead><tr><th>生效日期</th><th>事项</th><th>职务</th><th>说明</th><th>依据通知</th><th>原文</th>${edits ? html`<th class="act">更正</th>` : ''}</tr></thead>
<tbody>${p.events.map((e) => eventRow(e, edits, corrections.get(e.id)))}</tbody></table>
</section>`;
}

export interface PersonPageExtras {
  /** Latest correction of each event, by event id. */
  corrections?: Map<string, CorrectionNote>;
  /** Arrived here from a correction just saved. */
  saved?: boolean;
  /** Where the career picture ends (open tenures run to it). */
  today?: string;
}

export function personView(name: string, people: PersonTimeline[], viewer: Viewer | null = null, extras: PersonPageExtras = {}): string {
  const shared = people.length > 1;
  const edits = viewer !== null && roleAllows(viewer.role, 'editor');
  return layout(
    name,
    html`<h1>${name}</h1>
${extras.saved ? html`<p class="message ok" role="status">已保存更正，理由已记入操作记录。</p>` : ''}
${shared ? html`<p>有 ${people.length} 位同名人员，分别列出：${people.map((p) => html`<a href="#p${p.id}">${p.jurisdiction}${p.disambiguator > 0 ? `（同名者${p.disambiguator + 1}）` : ''}</a> `)}${edits ? html` <a class="action" href="/correct/people?name=${encodeURIComponent(name)}">合并为一人…</a>` : ''}</p>` : ''}
${people.map((p) => personSection(p, shared, edits, extras.corrections ?? new Map(), extras.today ?? p.tenures.reduce((a, t) => (t.end && t.end > a ? t.end : a), '')))}`,
    name,
    viewer,
  );
}
