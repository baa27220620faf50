import { Field, ObjectType } from '@nestjs/graphql';
import { PostModel } from '../common/models/post.model';
import { SourceRefModel } from '../common/models/source-ref.model';
import { DateScalar } from '../graphql/date.scalar';
import { HoldingModel } from '../holdings/holding.model';

@ObjectType('Vacancy', {
  description: 'A single seat (局长, 主任…) with no holder on the day asked, though the records show it held before. A seat never filled in the records is not listed.',
})
export class VacancyModel {
  @Field(() => PostModel)
  post!: PostModel;

  @Field(() => DateScalar, { description: 'First day without a holder: the end of the last holding.' })
  since!: string;

  @Field(() => HoldingModel, { description: 'The last holding of the seat before the day.' })
  lastHolding!: HoldingModel;

  @Field(() => SourceRefModel, {
    nullable: true,
    description: 'The notice clause that ended the last holding (for an inferred end, the appointment that implied it).',
  })
  endedBy!: SourceRefModel | null;

  @Field(() => HoldingModel, {
    nullable: true,
    description: 'Someone acting (代理) in the seat on the day: the seat is filled as acting, not by appointment.',
  })
  acting!: HoldingModel | null;

  /** The event that ended the last holding; `endedBy` is loaded from it on demand. */
  endedByEventId!: string | null;
}
