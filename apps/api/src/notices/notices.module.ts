import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { NoticesResolver } from './notices.resolver';
import { NoticesService } from './notices.service';

@Module({ imports: [HistoryModule], providers: [NoticesService, NoticesResolver] })
export class NoticesModule {}
