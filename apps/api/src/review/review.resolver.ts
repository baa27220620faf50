import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { RequireRole } from '../auth/require-role.decorator';
import { AuditEntryModel } from '../corrections/correction.models';
import { AuditService } from '../corrections/audit.service';
import { writeAudit } from '../corrections/audit.writer';
import { notFound } from '../corrections/correction.errors';
import { decodeCursor, toConnection } from '../graphql/connection.util';
import type { GraphQLContext } from '../graphql/loaders';
import { UserInputError, requirePageSize } from '../graphql/user-input.error';
import { MAX_PAGE } from '../history/history.resolver';
import { ReviewItemConnectionModel } from './review-item.model';
import { ReviewService } from './review.service';

@Resolver()
export class ReviewResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly audit: AuditService,
    private readonly ds: DataSource,
  ) {}

  @Query(() => ReviewItemConnectionModel, { description: 'What a person should look at, with the evidence.' })
  async reviewItems(
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const limit = requirePageSize('first', first, MAX_PAGE, 50);
    const offset = decodeCursor('after', after);
    const items = await this.review.all();
    return toConnection(items.slice(offset, offset + limit), offset, items.length);
  }

  @RequireRole('editor')
  @Mutation(() => AuditEntryModel, { description: 'Looked at, and nothing to correct: the finding stops showing; the reason is kept.' })
  async dismissReviewItem(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @Context() ctx: GraphQLContext) {
    if (reason.trim().length === 0) throw new UserInputError('reason', 'say why the finding needs no correction');
    const actor = await ctx.auth.actor();
    const item = (await this.review.all()).find((i) => i.id === id);
    if (!item) throw notFound(`review item ${id}`);
    const auditId = await this.ds.transaction(async (m) => {
      await m.query('INSERT INTO review_dismissals (item_key, reason, actor) VALUES ($1, $2, $3) ON CONFLICT (item_key) DO NOTHING', [
        id,
        reason.trim(),
        actor!.name,
      ]);
      return writeAudit(m, { actor: actor!.name, action: 'dismissReviewItem', reason: reason.trim(), before: item, after: { dismissed: id } });
    });
    return this.audit.byId(auditId);
  }
}
