import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Role, roleAllows } from '@renmian/access';
import { DeskError } from '../desk.errors';
import { formField } from '../form.util';
import { DeskAuth } from '../../identity/desk-auth.service';
import { csrfMatches } from '../../identity/desk-sessions.store';

const SUBMIT_ROLE = 'renmian:desk-submit-role';

/** The least role that may submit this form; without it a desk form needs an editor. */
export const SubmitRole = (role: Role) => SetMetadata(SUBMIT_ROLE, role);

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The desk's pages need a session (any role may look); its forms need, in this order, a session,
 * the session's csrf value in the form's `csrf` field, and the role to change things. Each refusal
 * happens before the handler runs, so a refused submission changes nothing.
 */
@Injectable()
export class DeskGuard implements CanActivate {
  constructor(
    private readonly auth: DeskAuth,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const session = await this.auth.session(request);
    if (!session) throw new DeskError('NOT_SIGNED_IN', '请先登录：会话不存在或已过期。');
    if (READ_METHODS.has(request.method)) return true;
    if (!csrfMatches(session.token, formField(request.body, 'csrf'))) {
      throw new DeskError('BAD_CSRF', '表单缺少有效的校验码，或它属于另一个会话：没有做任何更改。请重新打开页面后再提交。');
    }
    const needed = this.reflector.get<Role | undefined>(SUBMIT_ROLE, context.getHandler()) ?? 'editor';
    if (!roleAllows(session.viewer.role, needed)) {
      throw new DeskError('READ_ONLY', `“${session.viewer.name}”是只读账号，可以查看，不能提交：没有做任何更改。`);
    }
    return true;
  }
}
