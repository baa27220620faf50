import { Body, Controller, Get, Header, HttpCode, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ReviewService } from '../../review/review.service';
import { DeskError } from '../desk.errors';
import { DeskErrorFilter } from '../desk-error.filter';
import { trimmed } from '../form.util';
import { throughService } from '../service-error.util';
import { CurrentViewer } from '../session/current-viewer.decorator';
import { DeskGuard } from '../session/desk.guard';
import type { Viewer } from '../session/viewer';
import { reviewView } from './review.view';

const HTML = 'text/html; charset=utf-8';

/** GET /review: the review queue grouped by kind; POST /review/dismiss sets a finding aside with a reason. */
@Controller('review')
@UseGuards(DeskGuard)
@UseFilters(DeskErrorFilter)
export class ReviewDeskController {
  constructor(private readonly review: ReviewService) {}

  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async list(@Query('dismissed') dismissed: unknown, @CurrentViewer() viewer: Viewer): Promise<string> {
    const notice = dismissed === '1' ? { kind: 'ok' as const, text: '已忽略该项，理由已记入操作记录。' } : null;
    return reviewView(await this.review.all(), viewer, notice);
  }

  @Post('dismiss')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async dismiss(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const id = trimmed(body, 'id');
    const reason = trimmed(body, 'reason');
    try {
      if (id === '') throw new DeskError('BAD_INPUT', '没有指明要忽略哪一项（id）。');
      if (reason === '') throw new DeskError('BAD_INPUT', '请填写忽略的理由（reason）：没有理由的忽略不予记录。');
      if (reason.length > 500) throw new DeskError('BAD_INPUT', '理由（reason）不能超过 500 个字。');
      await throughService(() => this.review.dismiss(viewer, id, reason));
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      // The queue again with the message above it: the person sees what was wrong where they were.
      reply.status(e.code === 'NOT_FOUND' ? 404 : e.status);
      const text = e.code === 'NOT_FOUND' ? '这一项已不在待核查列表中（已被忽略，或已更正）。' : e.message;
      return reviewView(await this.review.all(), viewer, { kind: 'error', text });
    }
    reply.header('Location', '/review?dismissed=1');
    return '';
  }
}
