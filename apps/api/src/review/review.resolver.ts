import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/require-role.decorator';
import { AuditEntryModel } from '../corrections/correction.models';
import { AuditService } from '../corrections/audit.service';
import { decodeCursor, toConnection } from '../graphql/connection.util';
import type { GraphQLContext } from '../graphql/loaders';
import { requirePageSize } from '../graphql/user-input.error';
import { MAX_PAGE } from '../history/history.resolver';
import { ReviewItemConnectionModel, ReviewKind } from './review-item.model';
import { ReviewService } from './review.service';

@Resolver()
export class ReviewResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => ReviewItemConnectionModel, { description: 'What a person should look at, most severe first, with the evidence.' })
  async reviewItems(
    @Args('kind', { type: () => ReviewKind, nullable: true, description: 'Only findings of this kind.' }) kind?: ReviewKind | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const limit = requirePageSize('first', first, MAX_PAGE, 50);
    const offset = decodeCursor('after', after);
    const items = await this.review.all(kind);
    return toConnection(await this.review.withSources(items.slice(offset, offset + limit)), offset, items.length);
  }

  @RequireRole('editor')
  @Mutation(() => AuditEntryModel, { description: 'Looked at, and nothing to correct: the finding stops showing; the reason is kept.' })
  async dismissReviewItem(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @Context() ctx: GraphQLContext) {
    const actor = await ctx.auth.actor();
    return this.audit.byId(await this.review.dismiss(actor!, id, reason));
  }

  @RequireRole('editor')
  @Mutation(() => AuditEntryModel, {
    description: 'Settles a finding by the merge it proposes (SAME_PERSON_ACROSS_ISSUERS: mergePeople; SIMILAR_ORGANIZATIONS: mergeOrganizations), audited; a split undoes a merge of people.',
  })
  async acceptReviewItem(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @Context() ctx: GraphQLContext) {
    const actor = await ctx.auth.actor();
    return this.audit.byId(await this.review.accept(actor!, id, reason));
  }
}
