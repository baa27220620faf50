import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Person', { description: 'One person; two people may share a name (told apart by jurisdiction and disambiguator).' })
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The issuer whose notices name this person.' })
  jurisdiction!: string;

  @Field(() => Int, { description: '0 for the first person of this name in the jurisdiction, 1 for the next…' })
  disambiguator!: number;
}
