import type { Viewer } from '../../identity/viewer';
import { RecentNotice, SearchHits } from '../readers/directory.reader';
import { html, linkTo } from './html.util';
import { layout } from './layout.view';
import { chineseDate } from '../../common/labels.util';

export function noticeList(notices: RecentNotice[]) {
  if (notices.length === 0) return html`<p class="muted">尚未载入任何任免通知。</p>`;
  return html`<table>
<thead><tr><th>文号</th><th>发文机关</th><th>标题</th><th>日期</th><th>事项</th></tr></thead>
<tbody>${notices.map(
    (n) => html`<tr>
<td><a href="${linkTo('notice', n.key)}">${n.docNumber ?? '（无文号）'}</a>${n.retracted ? html` <span class="inferred">已撤销</span>` : ''}</td>
<td>${n.issuer ?? '未载明'}</td><td>${n.title ?? ''}</td><td>${chineseDate(n.signedOn)}</td><td>${n.events}</td></tr>`,
  )}</tbody></table>`;
}

export function homeView(recent: RecentNotice[], viewer: Viewer | null = null): string {
  return layout(
    '首页',
    html`<h1>任免信息查询</h1>
<form action="/search" method="get" role="search">
  <input type="search" name="q" placeholder="输入姓名、职务或机构名称，或拼音（如 wyh）" aria-label="查询" style="width:24rem;padding:.4rem" autofocus>
  <button type="submit">查询</button>
</form>
<h2>最近的任免通知</h2>
${noticeList(recent)}`,
    '',
    viewer,
  );
}

export function searchView(q: string, hits: SearchHits, viewer: Viewer | null = null): string {
  const none = hits.people.length + hits.organizations.length + hits.posts.length === 0;
  return layout(
    `搜索：${q}`,
    html`<h1>搜索“${q}”</h1>
${none ? html`<p>没有找到名称包含“${q}”${/^[a-z\s'’]+$/i.test(q) ? '或读音为它' : ''}的人员、机构或职务。</p>` : ''}
${hits.people.length ? html`<h2>人员</h2><ul>${hits.people.map((p) => html`<li><a href="${linkTo('person', p.name)}">${p.name}</a> <span class="muted">${p.jurisdiction} · ${p.posts} 个职务</span></li>`)}</ul>` : ''}
${hits.organizations.length ? html`<h2>机构</h2><ul>${hits.organizations.map((o) => html`<li><a href="${linkTo('org', o.name)}">${o.name}</a>${o.alias ? html` <span class="muted">（又作 ${o.alias}）</span>` : ''}</li>`)}</ul>` : ''}
${hits.posts.length ? html`<h2>职务</h2><ul>${hits.posts.map((p) => html`<li>${p.name} · <a href="${linkTo('org', p.organization)}">${p.organization}</a></li>`)}</ul>` : ''}`,
    q,
    viewer,
  );
}

export function notFoundView(title: string, message: string, q: string, viewer: Viewer | null = null): string {
  return layout(title, html`<h1>${title}</h1><p>${message}</p><p><a href="/search?q=${encodeURIComponent(q)}">搜索“${q}”</a></p>`, q, viewer);
}
