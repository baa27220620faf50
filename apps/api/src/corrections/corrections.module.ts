import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { CorrectionsResolver } from './corrections.resolver';
import { CorrectionsService } from './corrections.service';

@Module({ providers: [CorrectionsService, AuditService, CorrectionsResolver], exports: [CorrectionsService, AuditService] })
export class CorrectionsModule {}
