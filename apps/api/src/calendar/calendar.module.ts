import { Module } from '@nestjs/common';
import { WebModule } from '../web/web.module';
import { CalendarController } from './calendar.controller';

@Module({ imports: [WebModule], controllers: [CalendarController] })
export class CalendarModule {}
