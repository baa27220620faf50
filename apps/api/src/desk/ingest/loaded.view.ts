import { html, linkTo } from '../../web/views/html.util';
import { layout } from '../../web/views/layout.view';
import { zonedTime } from '../../common/zoned-time.util';
import { message } from '../desk-page.view';
import type { Viewer } from '../../identity/viewer';

/** A loadNotices audit entry as the confirmation page reads it. */
export interface LoadedEntry {
  id: string;
  at: Date;
  actor: string;
  after: {
    filename?: string | null;
    notices?: { key: string; docNumber: string | null; issuer: string | null }[];
    events?: number;
    unparsedLines?: number;
  } | null;
}

/**
 * The page after 确认载入: a sentence saying what was loaded, then every notice of the load linked
 * (a gazette's text holds many; the old redirect opened only the first).
 */
export function loadedView(entry: LoadedEntry, viewer: Viewer): string {
  const a = entry.after ?? {};
  const notices = a.notices ?? [];
  const what = a.filename ? `文件“${a.filename}”` : '粘贴的文本';
  const unread = a.unparsedLines ? `，${a.unparsedLines} 行未能读取（已列入待核查）` : '';
  return layout(
    '已载入',
    html`<h1>已载入</h1>
${message({ kind: 'ok', text: `已从${what}载入 ${notices.length} 份新通知、${a.events ?? 0} 项任免${unread}。` })}
<p class="muted">${entry.actor} 于 ${zonedTime(new Date(entry.at))} 确认载入；此次载入已记入<a href="/audit?action=loadNotices">操作记录</a>。</p>
<table id="loaded"><thead><tr><th>文号</th><th>发文机关</th></tr></thead>
<tbody>${notices.map((n) => html`<tr><td><a href="${linkTo('notice', n.key)}">${n.docNumber ?? '（无文号通知）'}</a></td><td>${n.issuer ?? '未载明'}</td></tr>`)}</tbody></table>
<p><a href="/ingest">继续载入</a> · <a href="/">回到首页</a></p>`,
    '',
    viewer,
  );
}
