import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IngestReport')
export class IngestReportModel {
  @Field(() => String, { nullable: true })
  filename!: string | null;

  @Field({ description: 'False when the same text was loaded before; nothing was written.' })
  loaded!: boolean;

  @Field(() => Int)
  notices!: number;

  @Field(() => Int)
  noticesAlreadyKnown!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  unparsedLines!: number;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => ID, { nullable: true, description: 'The audit entry this load wrote (see auditLog); every load writes one, also one that added nothing.' })
  auditId!: string | null;
}
