import { Body, Controller, Get, Header, HttpCode, Inject, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DESK_OPTIONS, DeskOptions } from '../../identity/desk.config';
import { DeskError } from '../desk.errors';
import { DeskErrorFilter } from '../desk-error.filter';
import { formField } from '../form.util';
import { CurrentViewer } from '../../identity/current-viewer.decorator';
import { DeskAuth, SESSION_COOKIE } from '../../identity/desk-auth.service';
import { DeskSessions } from '../../identity/desk-sessions.store';
import { ViewerGuard } from '../../identity/viewer.guard';
import { DeskGuard, SubmitRole } from './desk.guard';
import { SignInThrottle } from './sign-in-throttle';
import { signInView } from './sign-in.view';
import type { Viewer } from '../../identity/viewer';

const HTML = 'text/html; charset=utf-8';

/** Where to go after signing in: a path on this site only (never `//elsewhere` or a full address). */
export function localPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\') || next.length > 2000) return '/';
  // Whitespace and control characters would let a header or a second address ride along.
  return [...next].some((c) => c <= ' ' || c === '\u007f') ? '/' : next;
}

/**
 * Signing in with an API key and out again. The session's cookie is HttpOnly (no script reads it),
 * SameSite=Strict (no other site's page sends it) and Secure when the page came over https — seen
 * on the connection itself, or in X-Forwarded-Proto only when TRUST_PROXY_PROTO says a proxy sets it.
 */
@Controller()
@UseFilters(DeskErrorFilter)
export class SignInController {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly sessions: DeskSessions,
    private readonly auth: DeskAuth,
    @Inject(DESK_OPTIONS) private readonly options: DeskOptions,
  ) {
    this.throttle = new SignInThrottle(options.signInAttempts);
  }

  @Get('sign-in')
  @UseGuards(ViewerGuard)
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  form(@Query('next') next: string | undefined, @CurrentViewer() viewer: Viewer | null): string {
    return signInView(localPath(next), viewer);
  }

  @Post('sign-in')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async signIn(@Body() body: unknown, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const next = localPath(formField(body, 'next'));
    // No session exists yet to bind a csrf value to; a browser says itself when another site sent
    // the form, and a sign-in planted by another site (into the attacker's key) is refused.
    if (request.headers['sec-fetch-site'] === 'cross-site') throw new DeskError('BAD_CSRF', '登录表单来自其他网站：没有登录。请在本站的登录页面输入密钥。');
    const key = (formField(body, 'key') ?? '').trim();
    // Only wrong keys wait: an office behind one address shares its count of failures, and one
    // clerk's mistakes must not keep the others out. A right key signs in whatever the count.
    const opened = key === '' || key.length > 200 ? null : await this.sessions.signIn(key);
    if (!opened) {
      const wait = this.throttle.wait(request.ip);
      if (wait > 0) throw new DeskError('TOO_MANY_SIGN_INS', `此地址登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试；正确的密钥仍可登录。`, undefined, wait);
      this.throttle.fail(request.ip);
      reply.status(401);
      const why = key === '' ? '请填写 API 密钥。' : 'API 密钥无效或已被吊销。';
      return signInView(next, null, { kind: 'error', text: why });
    }
    // A new session on every sign-in: a session token planted before signing in is never promoted.
    const previous = await this.auth.session(request);
    if (previous) await this.sessions.end(previous.token);
    reply.setCookie(SESSION_COOKIE, opened.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: this.servedOverHttps(request),
      maxAge: this.options.maxHours * 3600,
    });
    reply.header('Location', next);
    return '';
  }

  @Post('sign-out')
  @UseGuards(DeskGuard)
  @SubmitRole('reader')
  @HttpCode(303)
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const session = await this.auth.session(request);
    if (session) await this.sessions.end(session.token);
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: this.servedOverHttps(request) });
    reply.header('Location', '/sign-in');
    return '';
  }

  private servedOverHttps(request: FastifyRequest): boolean {
    if (request.protocol === 'https') return true;
    if (!this.options.trustProxyProto) return false;
    const forwarded = request.headers['x-forwarded-proto'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded ?? '').split(',')[0].trim().toLowerCase();
    return first === 'https';
  }
}
