import { Body, Controller, Get, Header, HttpCode, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ReviewService } from '../../review/review.service';
import { DeskError } from '../desk.errors';
import { DeskErrorFilter } from '../desk-error.filter';
import { trimmed } from '../form.util';
import { throughService } from '../service-error.util';
import { CurrentViewer } from '../../identity/current-viewer.decorator';
import { DeskGuard } from '../session/desk.guard';
import type { Viewer } from '../../identity/viewer';
import type { Notice } from '../desk-page.view';
import { reviewView, shownItems } from './review.view';

const HTML = 'text/html; charset=utf-8';

const DONE = {
  dismissed: { kind: 'ok' as const, text: '已忽略该项，理由已记入操作记录。' },
  accepted: { kind: 'ok' as const, text: '已接受该项并合并，理由已记入操作记录；如有误，可在人员页拆分。' },
};

/**
 * GET /review: the review queue grouped by kind; POST /review/dismiss sets a finding aside with a
 * reason; POST /review/accept settles one by the merge it proposes, with a reason.
 */
@Controller('review')
@UseGuards(DeskGuard)
@UseFilters(DeskErrorFilter)
export class ReviewDeskController {
  constructor(private readonly review: ReviewService) {}

  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async list(@Query('dismissed') dismissed: unknown, @Query('accepted') accepted: unknown, @CurrentViewer() viewer: Viewer): Promise<string> {
    const notice = dismissed === '1' ? DONE.dismissed : accepted === '1' ? DONE.accepted : null;
    return this.queue(viewer, notice);
  }

  @Post('accept')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async accept(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.settle(body, viewer, reply, 'accepted', (id, reason) => this.review.accept(viewer, id, reason));
  }

  @Post('dismiss')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async dismiss(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.settle(body, viewer, reply, 'dismissed', (id, reason) => this.review.dismiss(viewer, id, reason));
  }

  /** The queue page, with the quoted lines of the items it shows. */
  private async queue(viewer: Viewer, notice: Notice | null): Promise<string> {
    const items = await this.review.all();
    await this.review.withSources(shownItems(items));
    return reviewView(items, viewer, notice);
  }

  /** Dismiss or accept: the same checks, and the queue again with a message when refused. */
  private async settle(body: unknown, viewer: Viewer, reply: FastifyReply, done: keyof typeof DONE, work: (id: string, reason: string) => Promise<string>): Promise<string> {
    const id = trimmed(body, 'id');
    const reason = trimmed(body, 'reason');
    const verb = done === 'dismissed' ? '忽略' : '接受';
    try {
      if (id === '') throw new DeskError('BAD_INPUT', `没有指明要${verb}哪一项。`);
      if (reason === '') throw new DeskError('BAD_INPUT', `请填写${verb}的理由：没有理由的${verb}不予记录。`);
      if (reason.length > 500) throw new DeskError('BAD_INPUT', '理由不能超过 500 个字。');
      await throughService(() => work(id, reason));
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      // The queue again with the message above it: the person sees what was wrong where they were.
      reply.status(e.code === 'NOT_FOUND' ? 404 : e.status);
      const text = e.code === 'NOT_FOUND' ? '这一项已不在待核查列表中（已被忽略，或已更正）。' : e.message;
      return this.queue(viewer, { kind: 'error', text });
    }
    reply.header('Location', `/review?${done}=1`);
    return '';
  }
}
