import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CorrectionsService } from '../../corrections/corrections.service';
import { linkTo } from '../../web/views/html.util';
import { DeskError } from '../desk.errors';
import { DeskErrorFilter } from '../desk-error.filter';
import { trimmed } from '../form.util';
import { throughService } from '../service-error.util';
import { CurrentViewer } from '../../identity/current-viewer.decorator';
import { DeskGuard } from '../session/desk.guard';
import type { Viewer } from '../../identity/viewer';
import { CorrectionFormsReader, EventForm } from './correction-forms.reader';
import { eventCorrection, requireReason } from './event-correction.input';
import { EventFormValues, eventCorrectionView, retractView, storedValues } from './event-correction.view';

const HTML = 'text/html; charset=utf-8';

function formValues(body: unknown): EventFormValues {
  return {
    person: trimmed(body, 'person'),
    post: trimmed(body, 'post'),
    type: trimmed(body, 'type'),
    effectiveOn: trimmed(body, 'effectiveOn'),
    probationMonths: trimmed(body, 'probationMonths'),
    reason: trimmed(body, 'reason'),
  };
}

/**
 * Correcting one event, and retracting a notice, through the corrections service GraphQL uses:
 * the same audit entry, the same refusal when another correction got there first — shown on the
 * form, with what the person typed kept.
 */
@Controller('correct')
@UseGuards(DeskGuard)
@UseFilters(DeskErrorFilter)
export class EventCorrectionController {
  constructor(
    private readonly forms: CorrectionFormsReader,
    private readonly corrections: CorrectionsService,
  ) {}

  @Get('event/:id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async eventForm(@Param('id') id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    const event = await this.currentEvent(id);
    return eventCorrectionView(event, storedValues(event), viewer, null);
  }

  @Post('event/:id')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async correctEvent(@Param('id') id: string, @Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const event = await this.currentEvent(id);
    const values = formValues(body);
    const version = trimmed(body, 'version');
    try {
      if (!/^\d{1,18}$/.test(version)) throw new DeskError('BAD_INPUT', '表单缺少它所依据的版本：请重新打开更正页面。');
      const { input, reason } = eventCorrection(event, values);
      await throughService(() => this.corrections.correctEvent(viewer, id, input, reason, version));
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      reply.status(e.status);
      // The form again, now on the version that is current, with what was typed kept.
      return eventCorrectionView((await this.forms.event(id)) ?? event, values, viewer, { kind: 'error', text: e.message });
    }
    const after = (await this.forms.event(id)) ?? event;
    reply.header('Location', `${linkTo('person', after.person)}?corrected=${after.eventId}#p${after.personId}`);
    return '';
  }

  @Get('retract')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async retractForm(@Query('notice') docNumber: unknown, @CurrentViewer() viewer: Viewer): Promise<string> {
    const number = typeof docNumber === 'string' ? docNumber.trim() : '';
    return retractView(number, await this.numbered(number), '', viewer, null);
  }

  @Post('retract')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async retract(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const number = trimmed(body, 'notice');
    const notices = await this.numbered(number);
    const reason = trimmed(body, 'reason');
    try {
      await throughService(() => this.corrections.retractNotice(viewer, number, requireReason(reason, '撤销理由')));
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      reply.status(e.status);
      return retractView(number, await this.numbered(number), reason, viewer, { kind: 'error', text: e.message });
    }
    reply.header('Location', linkTo('notice', notices[0].key));
    return '';
  }

  private async currentEvent(id: string): Promise<EventForm> {
    const event = /^\d{1,18}$/.test(id) ? await this.forms.event(id) : null;
    if (!event) throw new DeskError('NOT_FOUND', `没有编号为 ${id} 的有效任免事项（它可能属于已撤销的通知）。`);
    return event;
  }

  private async numbered(docNumber: string) {
    const notices = docNumber && docNumber.length <= 200 ? await this.forms.noticesNumbered(docNumber) : [];
    if (notices.length === 0) throw new DeskError('NOT_FOUND', `没有文号为“${docNumber}”的通知。`);
    return notices;
  }
}
