import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationModel } from './organization.model';

@ObjectType('Post')
export class PostModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Full name as the notices write it, e.g. 聊城市卫生监督所所长.' })
  name!: string;

  @Field()
  title!: string;

  @Field(() => OrganizationModel)
  organization!: OrganizationModel;

  /** Not exposed: used to resolve `organization`. */
  organizationId!: string;

  @Field({ description: 'One holder at a time (所长, 局长…) or several (副所长, 委员…).' })
  singleSeat!: boolean;
}
