import { SafeHtml, html } from '../../web/views/html.util';
import { layout } from '../../web/views/layout.view';
import { message } from '../desk-page.view';
import { zonedTime } from '../../common/zoned-time.util';
import type { Viewer } from '../../identity/viewer';
import { DOOR_WORDS, LoadDoor } from '@renmian/ingestion';
import { ACTION_WORDS, AuditChange } from './audit-entry.util';
import { AUDIT_PAGE, AuditFilter, AuditLink, AuditRow } from './audit.reader';

export interface AuditEntryShown {
  row: AuditRow;
  changes: AuditChange[];
  links: AuditLink[];
}


function entry(e: AuditEntryShown): SafeHtml {
  const r = e.row;
  return html`<tr data-action="${r.action}">
<td class="at">${zonedTime(r.at)}</td><td>${r.actor}</td><td class="door" data-door="${r.door ?? ''}">${r.door ? (DOOR_WORDS[r.door as LoadDoor] ?? r.door) : '—'}</td><td>${ACTION_WORDS[r.action] ?? r.action}</td><td class="reason">${r.reason}</td>
<td>${e.changes.length ? html`<table class="changes"><tbody>${e.changes.map((c) => html`<tr><th>${c.field}</th><td class="superseded">${c.before}</td><td>→ ${c.after}</td></tr>`)}</tbody></table>` : ''}
<details><summary>更改前后（原始记录）</summary><pre>更改前：${JSON.stringify(r.before, null, 1)}
更改后：${JSON.stringify(r.after, null, 1)}</pre></details></td>
<td>${e.links.map((l) => html`<a href="${l.href}">${l.label}</a><br>`)}</td></tr>`;
}

function pageLink(filter: AuditFilter, page: number): string {
  const q = new URLSearchParams();
  if (filter.actor) q.set('actor', filter.actor);
  if (filter.from) q.set('from', filter.from);
  if (filter.to) q.set('to', filter.to);
  if (filter.action) q.set('action', filter.action);
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return `/audit${s ? `?${s}` : ''}`;
}

export function auditView(filter: AuditFilter, page: number, total: number, actors: string[], entries: AuditEntryShown[], viewer: Viewer, error: string | null): string {
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE));
  return layout(
    '操作记录',
    html`<h1>操作记录</h1>
<p class="muted">每一次更正、撤销、合并、拆分、忽略和载入，谁在何时为何而做，最新的在前。</p>
${message(error ? { kind: 'error', text: error } : null)}
<form class="desk-form" method="get" action="/audit">
<div class="row">
  <label>操作人 <select name="actor"><option value="">（全部）</option>${actors.map((a) => html`<option value="${a}"${a === filter.actor ? new SafeHtml(' selected') : ''}>${a}</option>`)}</select></label>
  <label>自 <input type="date" name="from" value="${filter.from ?? ''}"></label>
  <label>至 <input type="date" name="to" value="${filter.to ?? ''}"></label>
  <label>操作 <select name="action"><option value="">（全部）</option>${Object.entries(ACTION_WORDS).map(([k, w]) => html`<option value="${k}"${k === filter.action ? new SafeHtml(' selected') : ''}>${w}</option>`)}</select></label>
</div>
<button type="submit">筛选</button> <a href="/audit">清除筛选</a>
</form>
<p>共 ${total} 条${pages > 1 ? `，第 ${page}/${pages} 页` : ''}。</p>
${
  entries.length
    ? html`<table id="audit"><thead><tr><th>时间</th><th>操作人</th><th>途径</th><th>操作</th><th>原因</th><th>更改</th><th>查看</th></tr></thead>
<tbody>${entries.map(entry)}</tbody></table>`
    : html`<p>没有符合条件的记录。</p>`
}
<nav class="tabs">${page > 1 ? html`<a href="${pageLink(filter, page - 1)}">上一页</a>` : ''}${page < pages ? html`<a href="${pageLink(filter, page + 1)}">下一页</a>` : ''}</nav>`,
    '',
    viewer,
  );
}
