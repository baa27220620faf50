import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '../common/models/person.model';
import { PostModel } from '../common/models/post.model';
import { SourceRefModel } from '../common/models/source-ref.model';
import { DateScalar } from '../graphql/date.scalar';
import { PageInfoModel } from '../graphql/page-info.model';

export enum EventType {
  APPOINT = 'APPOINT',
  REMOVE = 'REMOVE',
  AUTO_REMOVE = 'AUTO_REMOVE',
  INFERRED_END = 'INFERRED_END',
}
registerEnumType(EventType, {
  name: 'EventType',
  valuesMap: { INFERRED_END: { description: 'Not stated by any notice: inferred from a new holder of a single-seat post.' } },
});

@ObjectType('Event')
export class EventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => EventType)
  type!: EventType;

  @Field(() => DateScalar, { nullable: true, description: 'Null when the notice states no date.' })
  effectiveOn!: string | null;

  @Field(() => PersonModel)
  person!: PersonModel;

  @Field(() => PostModel)
  post!: PostModel;

  @Field({ description: 'True for an end inferred by Renmian rather than stated in a notice.' })
  inferred!: boolean;

  @Field(() => Int, { nullable: true })
  probationMonths!: number | null;

  @Field(() => String, { nullable: true })
  rank!: string | null;

  @Field(() => String, { nullable: true })
  precedenceAfter!: string | null;

  @Field(() => SourceRefModel, { description: 'For an inferred end: the appointment that implied it.' })
  source!: SourceRefModel;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  personId!: string;
  postId!: string;
  sourceEventId!: string;
}

@ObjectType('EventEdge')
export class EventEdgeModel {
  @Field()
  cursor!: string;

  @Field(() => EventModel)
  node!: EventModel;
}

@ObjectType('EventConnection')
export class EventConnectionModel {
  @Field(() => [EventEdgeModel])
  edges!: EventEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int)
  totalCount!: number;
}
