import { DynamicModule, Global, Module } from '@nestjs/common';
import { CorrectionsModule } from '../corrections/corrections.module';
import { IngestModule } from '../ingest/ingest.module';
import { ReviewModule } from '../review/review.module';
import { AuditController } from './audit/audit.controller';
import { AuditReader } from './audit/audit.reader';
import { DESK_OPTIONS, DeskOptions } from './desk.config';
import { CorrectionFormsReader } from './corrections/correction-forms.reader';
import { EventCorrectionController } from './corrections/event-correction.controller';
import { MergeController } from './corrections/merge.controller';
import { IngestDeskController } from './ingest/ingest-desk.controller';
import { PreviewChecksReader } from './ingest/preview-checks.reader';
import { PreviewBuilder } from './ingest/preview.builder';
import { PreviewStore } from './ingest/preview.store';
import { ReviewDeskController } from './review/review-desk.controller';
import { DeskAuth } from './session/desk-auth.service';
import { DeskSessions } from './session/desk-sessions.store';
import { SignInController } from './session/sign-in.controller';

/**
 * The web desk: signing in, loading notices, the review queue, corrections and the audit log as
 * server-rendered forms over the services GraphQL uses. Global so that every page can say who is
 * signed in (and REQUIRE_AUTH_FOR_READS can accept a session).
 */
@Global()
@Module({})
export class DeskModule {
  static forRoot(options: DeskOptions): DynamicModule {
    return {
      module: DeskModule,
      imports: [ReviewModule, CorrectionsModule, IngestModule],
      controllers: [SignInController, AuditController, ReviewDeskController, EventCorrectionController, MergeController, IngestDeskController],
      providers: [{ provide: DESK_OPTIONS, useValue: options }, DeskSessions, DeskAuth, AuditReader, CorrectionFormsReader, PreviewStore, PreviewBuilder, PreviewChecksReader],
      exports: [DeskAuth, DESK_OPTIONS],
    };
  }
}
