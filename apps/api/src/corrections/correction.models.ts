import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../graphql/date.scalar';
import { PageInfoModel } from '../graphql/page-info.model';
import { EventType } from '../history/event.model';

@InputType('EventCorrection', { description: 'Only the fields given change; the notice text itself is kept as written.' })
export class EventCorrectionInput {
  @Field(() => String, { nullable: true, description: 'The person’s name (in the same jurisdiction).' })
  person?: string | null;

  @Field(() => String, { nullable: true, description: 'The post’s full name.' })
  position?: string | null;

  @Field(() => EventType, { nullable: true, description: 'APPOINT, REMOVE or AUTO_REMOVE.' })
  type?: EventType | null;

  @Field(() => DateScalar, { nullable: true })
  effectiveOn?: string | null;

  @Field(() => Int, { nullable: true })
  probationMonths?: number | null;

  @Field(() => String, { nullable: true })
  rank?: string | null;
}

/** Values as stored in audit_log.door; GraphQL shows them upper-cased. */
export enum AuditDoor {
  CLI = 'cli',
  GRAPHQL = 'graphql',
  DESK = 'desk',
  SYSTEM = 'system',
}

registerEnumType(AuditDoor, {
  name: 'AuditDoor',
  description: 'Where a load came from: the command line, GraphQL’s ingest, the desk, or the service itself (sample notices at boot).',
});

@ObjectType('AuditEntry', { description: 'One write, who made it and why, with what was believed before and after (JSON).' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field()
  actor!: string;

  @Field(() => AuditDoor, { nullable: true, description: 'The door a load came through; null for a correction.' })
  door!: AuditDoor | null;

  @Field()
  action!: string;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true, description: 'JSON' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON' })
  after!: string | null;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdgeModel {
  @Field()
  cursor!: string;

  @Field(() => AuditEntryModel)
  node!: AuditEntryModel;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnectionModel {
  @Field(() => [AuditEntryEdgeModel])
  edges!: AuditEntryEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('SplitPersonResult')
export class SplitPersonResultModel {
  @Field(() => ID)
  newPersonId!: string;

  @Field(() => AuditEntryModel)
  audit!: AuditEntryModel;
}
