import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '../common/models/person.model';
import { PostModel } from '../common/models/post.model';
import { SourceRefModel } from '../common/models/source-ref.model';
import { DateScalar } from '../graphql/date.scalar';

export enum EndReason {
  REMOVED = 'REMOVED',
  AUTO_REMOVED = 'AUTO_REMOVED',
  SUPERSEDED = 'SUPERSEDED',
  POST_FILLED = 'POST_FILLED',
}
registerEnumType(EndReason, {
  name: 'EndReason',
  valuesMap: {
    REMOVED: { description: 'A notice removed the person (免去).' },
    AUTO_REMOVED: { description: 'A notice stated that the post ended with it (自然免除).' },
    SUPERSEDED: { description: 'Inferred: someone else was appointed to this single-seat post.' },
    POST_FILLED: { description: 'Inferred: an acting holding (代理) ended because the post it stood in for was filled, by this person or anyone.' },
  },
});

@ObjectType('Holding', { description: 'A person holding a post over [start, end).' })
export class HoldingModel {
  @Field(() => PersonModel)
  person!: PersonModel;

  @Field(() => PostModel)
  post!: PostModel;

  @Field(() => DateScalar, { nullable: true, description: 'Null when no appointment is known: the start is unknown.' })
  start!: string | null;

  @Field()
  startKnown!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'With an unknown start on a single seat: the earliest day the holding can have begun, the end of the seat\'s previous known holding. Null otherwise.',
  })
  startNotBefore!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer held; null while held.' })
  end!: string | null;

  @Field(() => EndReason, { nullable: true })
  endReason!: EndReason | null;

  @Field({ description: 'The end was inferred, not stated by a notice.' })
  endInferred!: boolean;

  @Field({ description: 'An acting holding (代理): the person stands in for the holder of the post named without 代理.' })
  acting!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of probation.' })
  probationEnd!: string | null;

  @Field(() => SourceRefModel, { nullable: true, description: 'The notice clause that opened the holding (or, with an unknown start, closed it).' })
  source!: SourceRefModel | null;

  /** Person and post are read with the holding (HoldingsService); the source is loaded on demand, by id. */
  sourceEventId!: string | null;
}
