import type { ParsedEvent } from '@renmian/notice-parser';
import { SafeHtml, html } from '../../web/views/html.util';
import { EVENT_LABELS, chineseDate, probationLabel } from '../../common/labels.util';
import { layout } from '../../web/views/layout.view';
import { lineGrid } from '../../web/views/notice-lines.view';
import { Notice, csrfField, message, readOnlyNote, submitButton } from '../desk-page.view';
import type { Viewer } from '../../identity/viewer';
import type { Preview, PreviewNotice } from './preview.types';
import { BATCH_LIMIT_BYTES, BATCH_MAX_FILES, UPLOAD_LIMIT_BYTES } from '../desk.setup';

/** Kinds the document readers take, for the file picker (the kind is still told by content). */
const ACCEPT = '.txt,.text,.pdf,.docx,.html,.htm,.png,.jpg,.jpeg,text/plain,text/html,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Beyond this many lines the preview shows each notice's lines, not the whole text. */
const WHOLE_TEXT_LINES = 5000;

const KIND_WORDS: Record<string, string> = { text: '文本', pdf: 'PDF', docx: 'Word 文档', html: '网页', image: '图片' };
const STANDING_WORDS = { new: '新通知', known: '已载入过，将跳过', retracted: '已撤销，不再载入' };

export function ingestFormView(viewer: Viewer, text: string, notice: Notice | null): string {
  return layout(
    '载入通知',
    html`<h1>载入任免通知</h1>
${readOnlyNote(viewer)}${message(notice)}
<form class="desk-form" method="post" action="/ingest/preview" enctype="multipart/form-data">
${csrfField(viewer)}
<label>上传文件 <input type="file" name="file" multiple accept="${ACCEPT}"></label>
<label>或上传整个文件夹 <input type="file" name="folder" multiple webkitdirectory></label>
<p class="muted">PDF（有文字层的或扫描的）、Word 文档（DOCX）、从浏览器保存的网页（HTML）、PNG/JPEG 扫描图片或 UTF-8 文本，类型按文件内容识别。可以一次选择多个文件或一个文件夹（最多 ${BATCH_MAX_FILES} 个文件，每个不超过 ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB，合计不超过 ${BATCH_LIMIT_BYTES / 1024 / 1024} MB）：每个文件分别读取、列出状态，确认后各自载入。</p>
<label>或粘贴通知文本 <textarea name="text" rows="14" placeholder="把一份或多份任免通知的全文粘贴在这里">${text}</textarea></label>
${submitButton(viewer, '预览')}
</form>
<p class="muted">预览不会保存任何内容：看过程序读出的任免事项、未能读取的行和提示之后，确认才载入。</p>`,
    '',
    viewer,
  );
}

function eventShown(e: ParsedEvent, signedOn: string | null): SafeHtml {
  const details = [probationLabel(e.probationMonths), e.rank, e.precedenceAfter ? `列${e.precedenceAfter}之后` : null].filter(Boolean).join('，');
  const day = e.effectiveOn ?? signedOn;
  return html`<div class="event">${EVENT_LABELS[e.type.toUpperCase()] ?? e.type}：${e.person} ${e.position}${details ? `（${details}）` : ''}
${day ? html`<span class="muted">${e.effectiveOn && e.effectiveOn !== signedOn ? '自' : ''}${chineseDate(day)}${e.effectiveOn && e.effectiveOn !== signedOn ? '起' : ''}</span>` : html`<span class="inferred">未载明日期</span>`}</div>`;
}

/**
 * What the line grids of one preview share, worked out once: which lines stand inside a notice, and
 * each notice's events and unread lines. Per grid it was a pass over the whole text — quadratic in a
 * gazette's notices (a 5 MB gazette's preview took 15 s to render and held up every other user).
 */
interface GridIndex {
  inside: Set<number>;
  unparsedByLine: Map<number, Preview['unparsed'][number]>;
}

function gridIndex(p: Preview): GridIndex {
  const inside = new Set<number>();
  for (const n of p.notices) for (let no = n.notice.source.startLine; no <= n.notice.source.endLine; no++) inside.add(no);
  return { inside, unparsedByLine: new Map(p.unparsed.map((u) => [u.line, u])) };
}

function grid(p: Preview, index: GridIndex, from: number, to: number, notices: PreviewNotice[]): SafeHtml {
  const outside = new Set<number>();
  const unparsed: Preview['unparsed'] = [];
  for (let no = from; no <= to; no++) {
    if (!index.inside.has(no)) outside.add(no);
    const u = index.unparsedByLine.get(no);
    if (u) unparsed.push(u);
  }
  return lineGrid({
    lines: p.lines.slice(from - 1, to),
    firstLine: from,
    events: notices.flatMap((n) =>
      n.notice.events
        .filter((e) => e.source.line >= from && e.source.line <= to)
        .map((e) => ({ sourceLine: e.source.line, sourceText: e.source.text, shown: eventShown(e, n.notice.date) })),
    ),
    unparsed,
    outside,
  });
}

/**
 * A long text is shown notice by notice, and only its first notices: the table above lists them
 * all, and each notice's page shows its lines once it is loaded. The page stays a page.
 */
const MAX_NOTICE_GRIDS = 60;

function noticeGrids(p: Preview): SafeHtml {
  const index = gridIndex(p);
  if (p.lines.length <= WHOLE_TEXT_LINES) return grid(p, index, 1, p.lines.length, p.notices);
  const shown = p.notices.slice(0, MAX_NOTICE_GRIDS);
  const rest = p.notices.length - shown.length;
  return html`${shown.map((n) => html`<h3>${n.notice.docNumber ?? n.notice.title ?? '通知'}</h3>${grid(p, index, n.notice.source.startLine, n.notice.source.endLine, [n])}`)}
${rest > 0 ? html`<p class="muted" id="more-notices">另有 ${rest} 份通知未在此逐行列出：它们都在上面的通知表中；载入后，可在每份通知的页面逐行查看。</p>` : ''}`;
}

function noticeRow(n: PreviewNotice): SafeHtml {
  const x = n.notice;
  return html`<tr class="${n.standing}"><td><a href="#L${x.source.startLine}">${x.docNumber ?? '（无文号）'}</a></td><td>${x.issuer ?? '未载明'}</td><td>${x.title ?? '（无标题）'}</td>
<td>${chineseDate(x.date, '未找到日期')}</td><td>${x.events.length}</td><td>${STANDING_WORDS[n.standing]}</td></tr>`;
}

function documentLine(p: Preview): SafeHtml | string {
  const d = p.document;
  if (!d) return html`<p class="muted">粘贴的文本，共 ${p.lines.length} 行。</p>`;
  const pages = d.pageCount ? `，${d.pageCount} 页` : '';
  // A text file says how it was decoded: a GBK file read as something else would show mojibake.
  const encoding = d.encoding ? `（${d.encoding} 编码）` : '';
  return html`<p class="muted">${KIND_WORDS[d.kind] ?? d.kind}${encoding}${pages}，共 ${p.lines.length} 行。SHA-256 ${d.sha256.slice(0, 16)}…</p>
${d.ocr ? html`<p class="message warn">文字由扫描图像经 OCR 识别得出，可能有错字：请逐行核对，载入后可以更正。</p>` : ''}`;
}

export function previewView(p: Preview, viewer: Viewer): string {
  const events = p.notices.reduce((sum, n) => sum + n.notice.events.length, 0);
  const fresh = p.notices.filter((n) => n.standing === 'new');
  return layout(
    '预览',
    html`<h1>预览：${p.filename ?? '粘贴的文本'}</h1>
<p class="message warn">尚未保存任何内容。核对无误后点“确认载入”。</p>
${documentLine(p)}
<p id="summary">找到 ${p.notices.length} 份任免通知，${events} 项任免事项${p.unparsed.length ? html`，<strong>${p.unparsed.length} 行未能读取</strong>` : ''}。</p>
${p.warnings.length ? html`<h2>提示</h2><ul id="warnings">${p.warnings.map((w) => html`<li class="warning ${w.kind}">${w.text}${w.line ? html` <a href="#L${w.line}">第${w.line}行</a>` : ''}</li>`)}</ul>` : ''}
<h2>通知</h2>
<table id="notices"><thead><tr><th>文号</th><th>发文机关</th><th>标题</th><th>日期</th><th>任免事项</th><th>状态</th></tr></thead>
<tbody>${p.notices.map(noticeRow)}</tbody></table>
${confirmForm(p, viewer, fresh.length > 0 && !p.loadedBefore)}
<h2>逐行对照</h2>
<p class="muted">黄色：读出任免事项的句子（事项列在右侧）；红色波浪线：未能读取的行；灰色：不属于任何通知的文字。</p>
${noticeGrids(p)}
${confirmForm(p, viewer, fresh.length > 0 && !p.loadedBefore)}`,
    '',
    viewer,
  );
}

function confirmForm(p: Preview, viewer: Viewer, adds: boolean): SafeHtml {
  return html`<form class="desk-form confirm" method="post" action="/ingest/confirm">
${csrfField(viewer)}<input type="hidden" name="preview" value="${p.token}">
${adds ? '' : html`<p class="muted">这份文本中没有新的通知：确认不会改变任何内容。</p>`}
${submitButton(viewer, '确认载入')} <a href="/ingest">重新选择</a>
</form>`;
}
