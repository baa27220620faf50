import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../web/views/html.util';
import { DeskError } from './desk.errors';
import { messagePage } from './desk-page.view';
import { resolvedSession } from '../identity/desk-auth.service';

const TITLES: Record<DeskError['code'], string> = {
  NOT_SIGNED_IN: '请先登录',
  BAD_CSRF: '表单已失效',
  READ_ONLY: '只读账号不能提交',
  BAD_INPUT: '填写有误',
  NOT_FOUND: '未找到',
  CONFLICT: '已被他人更改',
  PREVIEW_GONE: '预览已失效',
  UNSUPPORTED_DOCUMENT: '无法读取文件',
  TOO_MANY_SIGN_INS: '请稍后再试',
};

/**
 * Every refusal at the desk is a page in the desk's language, never a JSON error: a typed
 * DeskError by its code; a page opened without a session goes to the sign-in form and comes back;
 * anything unexpected is logged in full and shown as a generic message.
 */
@Catch()
export class DeskErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Desk');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const viewer = resolvedSession(request)?.viewer ?? null;
    reply.header('Cache-Control', 'no-store');
    if (error instanceof DeskError) {
      if (error.code === 'NOT_SIGNED_IN' && (request.method === 'GET' || request.method === 'HEAD')) {
        void reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`, 303);
        return;
      }
      if (error.retryAfter) reply.header('Retry-After', String(error.retryAfter));
      const extra = error.code === 'NOT_SIGNED_IN' || error.code === 'BAD_CSRF' ? html`<p><a href="/sign-in">登录</a></p>` : '';
      this.send(reply, error.status, messagePage(TITLES[error.code], error.message, viewer, extra));
      return;
    }
    if (error instanceof HttpException) {
      this.send(reply, error.getStatus(), messagePage('无法处理', error.message, viewer));
      return;
    }
    this.logger.error(`${request.method} ${request.url}: ${(error as Error)?.stack ?? String(error)}`);
    this.send(reply, 500, messagePage('出错了', '服务器处理时出错，错误已记入日志。请刷新页面查看是否已保存，或联系管理员。', viewer));
  }

  private send(reply: FastifyReply, status: number, page: string): void {
    void reply.status(status).type('text/html; charset=utf-8').send(page);
  }
}
