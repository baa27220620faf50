import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../graphql/date.scalar';

@ObjectType('SourceRef', { description: 'Where a fact comes from: the notice and the line of its text.' })
export class SourceRefModel {
  @Field(() => String, { nullable: true })
  docNumber!: string | null;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => String, { nullable: true })
  text!: string | null;
}
