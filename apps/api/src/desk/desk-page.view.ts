import { SafeHtml, html } from '../web/views/html.util';
import { layout } from '../web/views/layout.view';
import type { Viewer } from '../identity/viewer';

/** A message above a form or on its own: what happened, in words that name what was wrong. */
export interface Notice {
  kind: 'error' | 'ok' | 'warn';
  text: string;
}

export function message(n: Notice | null | undefined): SafeHtml | string {
  if (!n) return '';
  return html`<p class="message ${n.kind}" role="${n.kind === 'error' ? 'alert' : 'status'}">${n.text}</p>`;
}

/** The hidden field every state-changing desk form carries, bound to the session. */
export function csrfField(viewer: Viewer): SafeHtml {
  return html`<input type="hidden" name="csrf" value="${viewer.csrf}">`;
}

/** A reader's forms are shown, so they see what an editor would do, but cannot be sent. */
export function readOnlyNote(viewer: Viewer): SafeHtml | string {
  return viewer.role === 'reader' ? html`<p class="message warn">您以只读账号“${viewer.name}”登录：可以查看，不能提交。</p>` : '';
}

export function submitButton(viewer: Viewer, label: string, name?: string): SafeHtml {
  const disabled = viewer.role === 'reader' ? new SafeHtml(' disabled') : '';
  return html`<button type="submit"${disabled}${name ? html` name="${name}"` : ''}>${label}</button>`;
}

/** A page that is only a message: a refusal, or what went wrong. */
export function messagePage(title: string, text: string, viewer: Viewer | null, extra: SafeHtml | string = ''): string {
  return layout(title, html`<h1>${title}</h1>${message({ kind: 'error', text })}${extra}`, '', viewer);
}
