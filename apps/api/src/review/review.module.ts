import { Module } from '@nestjs/common';
import { CorrectionsModule } from '../corrections/corrections.module';
import { reviewTodayProvider } from './review.clock';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({ imports: [CorrectionsModule], providers: [ReviewService, ReviewResolver, reviewTodayProvider], exports: [ReviewService] })
export class ReviewModule {}
