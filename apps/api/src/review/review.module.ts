import { Module } from '@nestjs/common';
import { AuditService } from '../corrections/audit.service';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({ providers: [ReviewService, ReviewResolver, AuditService], exports: [ReviewService] })
export class ReviewModule {}
