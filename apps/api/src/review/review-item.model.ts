import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SourceRefModel } from '../common/models/source-ref.model';
import { PageInfoModel } from '../graphql/page-info.model';

export enum ReviewKind {
  SIMILAR_ORGANIZATIONS = 'SIMILAR_ORGANIZATIONS',
  NAME_UNDER_TWO_ISSUERS = 'NAME_UNDER_TWO_ISSUERS',
  REMOVAL_WITHOUT_APPOINTMENT = 'REMOVAL_WITHOUT_APPOINTMENT',
  TWO_OPEN_HOLDERS = 'TWO_OPEN_HOLDERS',
  INFERRED_END = 'INFERRED_END',
  UNPARSED_LINE = 'UNPARSED_LINE',
}
registerEnumType(ReviewKind, { name: 'ReviewKind' });

@ObjectType('ReviewItem', { description: 'Something a person should look at, with the evidence; resolved by a correction or dismissed.' })
export class ReviewItemModel {
  @Field(() => ID, { description: 'Stable: the same finding keeps its id between requests.' })
  id!: string;

  @Field(() => ReviewKind)
  kind!: ReviewKind;

  @Field()
  summary!: string;

  @Field(() => [String], { description: 'Names, posts, dates and lines the finding rests on.' })
  evidence!: string[];

  @Field(() => [SourceRefModel])
  sources!: SourceRefModel[];
}

@ObjectType('ReviewItemEdge')
export class ReviewItemEdgeModel {
  @Field()
  cursor!: string;

  @Field(() => ReviewItemModel)
  node!: ReviewItemModel;
}

@ObjectType('ReviewItemConnection')
export class ReviewItemConnectionModel {
  @Field(() => [ReviewItemEdgeModel])
  edges!: ReviewItemEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int)
  totalCount!: number;
}
