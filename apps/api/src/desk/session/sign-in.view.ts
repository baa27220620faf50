import { html } from '../../web/views/html.util';
import { layout } from '../../web/views/layout.view';
import { Notice, message } from '../desk-page.view';
import type { Viewer } from '../../identity/viewer';

export function signInView(next: string, viewer: Viewer | null, notice: Notice | null = null): string {
  return layout(
    '登录',
    html`<h1>登录工作台</h1>
${viewer ? html`<p class="message ok">您已以“${viewer.name}”登录。用另一个密钥登录将结束当前会话。</p>` : ''}
${message(notice)}
<form class="desk-form" method="post" action="/sign-in" style="max-width:32rem">
  <input type="hidden" name="next" value="${next}">
  <label>API 密钥 <input type="password" name="key" autocomplete="current-password" required autofocus></label>
  <p class="muted">没有密钥请向系统管理员申请。编辑可以载入通知、核查和更正；只读账号只能查看。</p>
  <button type="submit">登录</button>
</form>`,
    '',
    viewer,
  );
}
