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

/**
 * What a finding is about, by name, for pages that link to it (the web desk). Not part of the
 * GraphQL schema: clients there read the evidence and sources.
 */
export interface ReviewRefs {
  organizations?: { id: string; name: string }[];
  people?: { name: string }[];
  post?: { name: string; organization: string };
  /** The notice and line an unread line stands in. */
  notice?: { key: string; line: number };
  /** An unread line: where it is in its document and why it went unread. */
  unread?: { line: number; reason: string };
}

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

  refs!: ReviewRefs;
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
