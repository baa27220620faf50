import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('ApiKey', { description: 'A key as stored: its name and role, never the key itself.' })
export class ApiKeyModel {
  @Field()
  name!: string;

  @Field()
  role!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyModel extends ApiKeyModel {
  @Field({ description: 'Shown this once; only its hash is kept.' })
  key!: string;
}
