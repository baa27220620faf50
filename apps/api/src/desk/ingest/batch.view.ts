import { SafeHtml, html, linkTo } from '../../web/views/html.util';
import { layout } from '../../web/views/layout.view';
import { zonedTime } from '../../common/zoned-time.util';
import { chineseDate } from '../../common/labels.util';
import { csrfField, message, readOnlyNote, submitButton } from '../desk-page.view';
import type { Viewer } from '../../identity/viewer';
import type { BatchPreviewRow, StoredBatch } from './batch.store';
import type { LoadedEntry } from './loaded.view';
import type { Preview } from './preview.types';

/** One file of a batch as its preview shows it. */
export interface BatchFileRead {
  name: string;
  status: 'new' | 'known' | 'refused';
  /** Why it will not be loaded, for a refused file. */
  reason: string | null;
  preview: Preview | null;
}

const STATUS_WORDS = { new: '新文件，将载入', known: '已载入过，将跳过', refused: '无法载入' };
const STANDING_WORDS = { new: '新通知', known: '已载入过', retracted: '已撤销' };

function counts(p: Preview | null): SafeHtml | string {
  if (!p) return '';
  const events = p.notices.reduce((sum, n) => sum + n.notice.events.length, 0);
  const fresh = p.notices.filter((n) => n.standing === 'new').length;
  return html`${p.notices.length} 份通知（新 ${fresh} 份），${events} 项任免${p.unparsed.length ? html`，<strong>${p.unparsed.length} 行未能读取</strong>` : ''}${p.document?.ocr ? '；文字经 OCR 识别，请核对' : ''}`;
}

/** A file's notices and warnings, folded under its row: the batch's page stays a list of files. */
function fileDetails(f: BatchFileRead): SafeHtml | string {
  const p = f.preview;
  if (!p || p.notices.length === 0) return '';
  return html`<details><summary>通知与提示</summary>
<ul>${p.notices.map((n) => html`<li>${n.notice.docNumber ?? n.notice.title ?? '（无文号）'} · ${n.notice.issuer ?? '发文机关未载明'} · ${chineseDate(n.notice.date, '未找到日期')} · ${n.notice.events.length} 项任免 · ${STANDING_WORDS[n.standing]}</li>`)}</ul>
${p.warnings.length ? html`<ul class="warnings">${p.warnings.map((w) => html`<li class="warning ${w.kind}">${w.text}</li>`)}</ul>` : ''}
</details>`;
}

/** The preview of many files: one line per file with its status and counts, one confirmation for all. */
export function batchPreviewView(token: string, files: BatchFileRead[], viewer: Viewer): string {
  const fresh = files.filter((f) => f.status === 'new').length;
  const known = files.filter((f) => f.status === 'known').length;
  const refused = files.length - fresh - known;
  return layout(
    '预览多个文件',
    html`<h1>预览：${files.length} 个文件</h1>
<p class="message warn">尚未保存任何内容。核对无误后点“确认载入”：每个文件单独载入，一个文件载入失败不影响其他文件。</p>
<p id="summary">${fresh} 个新文件将载入，${known} 个已载入过将跳过，${refused} 个无法载入。</p>
<table id="files"><thead><tr><th>#</th><th>文件</th><th>状态</th><th>读出的内容</th></tr></thead>
<tbody>${files.map((f, i) => html`<tr class="file ${f.status}"><td>${i + 1}</td><td>${f.name}</td><td class="status" style="white-space:nowrap">${STATUS_WORDS[f.status]}</td>
<td>${f.reason ? html`<span class="reason">${f.reason}</span>` : counts(f.preview)}${fileDetails(f)}</td></tr>`)}</tbody></table>
${readOnlyNote(viewer)}
<form class="desk-form confirm" method="post" action="/ingest/confirm-batch">
${csrfField(viewer)}<input type="hidden" name="batch" value="${token}">
${fresh ? '' : html`<p class="muted">这批文件中没有要载入的新文件：确认不会改变任何内容。</p>`}
${submitButton(viewer, '确认载入')} <a href="/ingest">重新选择</a>
</form>`,
    '',
    viewer,
  );
}

/** What one file of a confirmed batch came to. */
type Outcome = { kind: 'loaded'; entry: LoadedEntry } | { kind: 'known' | 'nothing-new' | 'pending' } | { kind: 'refused'; reason: string };

function outcomeOf(f: StoredBatch['files'][number], rows: Map<string, BatchPreviewRow>, entries: Map<string, LoadedEntry>): Outcome {
  if (f.refused) return { kind: 'refused', reason: f.refused };
  if (f.preview === null) return { kind: 'known' };
  const row = rows.get(f.preview);
  if (row?.loadError) return { kind: 'refused', reason: row.loadError };
  if (!row?.confirmedAt) return { kind: 'pending' };
  const entry = row.auditId ? entries.get(row.auditId) : undefined;
  return entry ? { kind: 'loaded', entry } : { kind: 'nothing-new' };
}

function outcomeCell(o: Outcome): SafeHtml {
  switch (o.kind) {
    case 'loaded': {
      const a = o.entry.after ?? {};
      const notices = a.notices ?? [];
      return html`<td class="status" style="white-space:nowrap">已载入</td><td>${notices.length} 份新通知、${a.events ?? 0} 项任免${a.unparsedLines ? `，${a.unparsedLines} 行未能读取（已列入待核查）` : ''}：
${notices.map((n, i) => html`${i ? '、' : ''}<a href="${linkTo('notice', n.key)}">${n.docNumber ?? '（无文号通知）'}</a>`)}
<span class="muted">（操作记录 #${o.entry.id}）</span></td>`;
    }
    case 'known':
      return html`<td class="status" style="white-space:nowrap">已载入过</td><td>未重复载入，没有改变任何内容。</td>`;
    case 'nothing-new':
      return html`<td class="status" style="white-space:nowrap">已载入过</td><td>其中的通知都已载入过，没有新内容。</td>`;
    case 'pending':
      return html`<td class="status" style="white-space:nowrap">尚未载入</td><td>载入被中断：请回到预览重新确认。</td>`;
    case 'refused':
      return html`<td class="status" style="white-space:nowrap">未载入</td><td class="reason">${o.reason}没有保存这个文件的任何内容。</td>`;
  }
}

/** The page after a batch's 确认载入: per file, exactly what was loaded, or why not. */
export function batchLoadedView(batch: StoredBatch, rows: BatchPreviewRow[], entries: LoadedEntry[], viewer: Viewer): string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byEntry = new Map(entries.map((e) => [e.id, e]));
  const outcomes = batch.files.map((f) => outcomeOf(f, byId, byEntry));
  const loaded = outcomes.filter((o): o is Extract<Outcome, { kind: 'loaded' }> => o.kind === 'loaded');
  const notices = loaded.reduce((sum, o) => sum + (o.entry.after?.notices?.length ?? 0), 0);
  const events = loaded.reduce((sum, o) => sum + (o.entry.after?.events ?? 0), 0);
  const known = outcomes.filter((o) => o.kind === 'known' || o.kind === 'nothing-new').length;
  const refused = outcomes.filter((o) => o.kind === 'refused').length;
  return layout(
    '已载入',
    html`<h1>已载入：${batch.files.length} 个文件</h1>
${message({ kind: refused ? 'warn' : 'ok', text: `${loaded.length} 个文件已载入（共 ${notices} 份新通知、${events} 项任免），${known} 个已载入过，${refused} 个未载入。` })}
${batch.confirmedAt ? html`<p class="muted">于 ${zonedTime(new Date(batch.confirmedAt))} 确认；每个文件的载入都已记入<a href="/audit?action=loadNotices">操作记录</a>。</p>` : ''}
<table id="loaded-files"><thead><tr><th>#</th><th>文件</th><th>结果</th><th>载入的内容</th></tr></thead>
<tbody>${batch.files.map((f, i) => html`<tr class="file ${outcomes[i].kind}"><td>${i + 1}</td><td>${f.name}</td>${outcomeCell(outcomes[i])}</tr>`)}</tbody></table>
<p><a href="/ingest">继续载入</a> · <a href="/">回到首页</a></p>`,
    '',
    viewer,
  );
}
