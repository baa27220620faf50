import { Field, Int, ObjectType } from '@nestjs/graphql';

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
}
