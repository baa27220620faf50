import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SourceRefModel } from '../common/models/source-ref.model';
import { PageInfoModel } from '../graphql/page-info.model';

export enum ReviewKind {
  SAME_PERSON_ACROSS_ISSUERS = 'SAME_PERSON_ACROSS_ISSUERS',
  SIMILAR_ORGANIZATIONS = 'SIMILAR_ORGANIZATIONS',
  REMOVAL_CONFLICTS_WITH_HOLDER = 'REMOVAL_CONFLICTS_WITH_HOLDER',
  PROBATION_ENDED_UNCONFIRMED = 'PROBATION_ENDED_UNCONFIRMED',
  TWO_OPEN_HOLDERS = 'TWO_OPEN_HOLDERS',
  NAME_UNDER_TWO_ISSUERS = 'NAME_UNDER_TWO_ISSUERS',
  UNPARSED_LINE = 'UNPARSED_LINE',
  REMOVAL_WITHOUT_APPOINTMENT = 'REMOVAL_WITHOUT_APPOINTMENT',
  INFERRED_END = 'INFERRED_END',
}
registerEnumType(ReviewKind, {
  name: 'ReviewKind',
  valuesMap: {
    SAME_PERSON_ACROSS_ISSUERS: { description: 'Two records of one name under issuers of one place look like one person (accepting merges them).' },
    SIMILAR_ORGANIZATIONS: { description: 'Two organisation names that differ only by a known confusion, a dropped or doubled character, or a short form (accepting merges them).' },
    REMOVAL_CONFLICTS_WITH_HOLDER: { description: 'A removal from a single seat that the records show someone else holding.' },
    PROBATION_ENDED_UNCONFIRMED: { description: 'A probation ended over 30 days ago, the post still held, and no notice confirms or ends it.' },
    TWO_OPEN_HOLDERS: { description: 'Two appointed holders of a single seat at once.' },
    NAME_UNDER_TWO_ISSUERS: { description: 'A name appointed under two issuers with nothing to link them.' },
    UNPARSED_LINE: { description: 'Lines of a notice or document that the parser could not read.' },
    // Kept so that programs asking for them get an empty list rather than an error.
    REMOVAL_WITHOUT_APPOINTMENT: { deprecationReason: 'Not listed: nearly every removal in a database that starts from recent notices has no known appointment. See REMOVAL_CONFLICTS_WITH_HOLDER.' },
    INFERRED_END: { deprecationReason: 'Not listed: an inferred end is shown, marked, wherever its tenure is shown.' },
  },
});

export enum ReviewSeverity {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(ReviewSeverity, {
  name: 'ReviewSeverity',
  description: 'HIGH: the records contradict themselves or a decision is overdue; MEDIUM: probably one thing recorded twice; LOW: worth a look.',
});

/**
 * What a finding is about, by id and name, for pages that link to it (the web desk) and for
 * accepting it. Not part of the GraphQL schema: clients there read the evidence and sources.
 */
export interface ReviewRefs {
  organizations?: { id: string; name: string }[];
  people?: { id?: string; name: string }[];
  post?: { name: string; organization: string };
  /** The notice and line an unread line stands in. */
  notice?: { key: string; line: number };
  /** Unread lines: where each is in its document and why it went unread. */
  unread?: { line: number; text: string; reason: string }[];
}

@ObjectType('ReviewItem', { description: 'Something a person should look at, with the evidence; resolved by a correction, accepted, or dismissed.' })
export class ReviewItemModel {
  @Field(() => ID, { description: 'Stable: the same finding keeps its id between requests.' })
  id!: string;

  @Field(() => ReviewKind)
  kind!: ReviewKind;

  @Field(() => ReviewSeverity)
  severity!: ReviewSeverity;

  @Field({ description: 'The finding in Chinese, as the desk shows it.' })
  summary!: string;

  @Field(() => [String], { description: 'Names, posts, dates and lines the finding rests on.' })
  evidence!: string[];

  @Field(() => [SourceRefModel])
  sources!: SourceRefModel[];

  /**
   * The events whose lines `sources` quotes. Findings are computed with these ids only; the lines
   * are read for the items a page shows (ReviewService.withSources), not for thousands of them.
   */
  sourceEvents!: string[];

  @Field({ description: 'Whether acceptReviewItem settles it (a merge of the two records it names).' })
  acceptable!: boolean;

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
