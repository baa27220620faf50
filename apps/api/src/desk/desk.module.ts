import { Module } from '@nestjs/common';
import { CorrectionsModule } from '../corrections/corrections.module';
import { IngestModule } from '../ingest/ingest.module';
import { ReviewModule } from '../review/review.module';
import { AuditController } from './audit/audit.controller';
import { AuditReader } from './audit/audit.reader';
import { CorrectionFormsReader } from './corrections/correction-forms.reader';
import { EventCorrectionController } from './corrections/event-correction.controller';
import { MergeController } from './corrections/merge.controller';
import { BatchIngestController } from './ingest/batch-ingest.controller';
import { BatchIngest } from './ingest/batch-ingest.service';
import { BatchStore } from './ingest/batch.store';
import { IngestDeskController } from './ingest/ingest-desk.controller';
import { PreviewChecksReader } from './ingest/preview-checks.reader';
import { PreviewBuilder } from './ingest/preview.builder';
import { PreviewLoader } from './ingest/preview.loader';
import { PreviewParser } from './ingest/preview.parser';
import { PreviewStore } from './ingest/preview.store';
import { ReviewDeskController } from './review/review-desk.controller';
import { SignInController } from './session/sign-in.controller';

/**
 * The web desk: signing in, loading notices, the review queue, corrections and the audit log as
 * server-rendered forms over the services GraphQL uses. Who is signed in comes from IdentityModule.
 */
@Module({
  imports: [ReviewModule, CorrectionsModule, IngestModule],
  controllers: [SignInController, AuditController, ReviewDeskController, EventCorrectionController, MergeController, IngestDeskController, BatchIngestController],
  providers: [AuditReader, CorrectionFormsReader, PreviewStore, PreviewBuilder, PreviewChecksReader, PreviewParser, PreviewLoader, BatchStore, BatchIngest],
})
export class DeskModule {}
