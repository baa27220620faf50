import { Controller, Get, Header, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ReadsData } from '../auth/reads-data.decorator';
import { publicUrl } from '../common/public-url.util';
import { HoldersReader } from '../web/readers/holders.reader';
import { addDays } from '@renmian/tenure-rules';
import { today } from '../web/today.util';
import { probationCalendar } from './probation-calendar';

/** How far back and ahead the feed reaches: a year of history, and every appointment's probation to come. */
const PAST_DAYS = 366;
const FUTURE_DAYS = 5 * 366;

/** `GET /calendar/probations.ics`: a feed Outlook or a phone subscribes to and refreshes. */
@Controller('calendar')
@ReadsData()
export class CalendarController {
  constructor(private readonly holders: HoldersReader) {}

  @Get('probations.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="probations.ics"')
  async probations(@Req() request: FastifyRequest): Promise<string> {
    const now = today();
    const rows = await this.holders.probationsEnding(addDays(now, -PAST_DAYS), addDays(now, FUTURE_DAYS));
    return probationCalendar(rows, publicUrl(request));
  }
}
