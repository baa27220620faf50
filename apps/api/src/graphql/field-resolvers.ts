import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationModel } from '../common/models/organization.model';
import { PostModel } from '../common/models/post.model';
import type { GraphQLContext } from './loaders';

/** Post.organization, wherever a Post appears, through the request's loader. */
@Resolver(() => PostModel)
export class PostFieldsResolver {
  @ResolveField(() => OrganizationModel)
  async organization(@Parent() post: PostModel, @Context() ctx: GraphQLContext): Promise<OrganizationModel> {
    const org = await ctx.loaders.organization.load(post.organizationId);
    if (!org) throw new Error(`post ${post.id} has no organization ${post.organizationId}`);
    return org;
  }
}
