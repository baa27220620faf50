import { Args, Context, GraphQLISODateTime, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SourceRefModel } from '../common/models/source-ref.model';
import { DateScalar } from '../graphql/date.scalar';
import type { GraphQLContext } from '../graphql/loaders';
import { UserInputError, requireDate, requireExactlyOne, requireMoment } from '../graphql/user-input.error';
import { HoldingModel } from './holding.model';
import { HoldingsService } from './holdings.service';

@Resolver(() => HoldingModel)
export class HoldingsResolver {
  constructor(private readonly holdings: HoldingsService) {}

  @Query(() => [HoldingModel], { description: 'Who held a post, or the posts of an organisation, on a date. Give exactly one of position / organization (full names).' })
  async holders(
    @Args('asOf', { type: () => DateScalar }) asOf: string,
    @Args('position', { type: () => String, nullable: true }) position?: string | null,
    @Args('organization', { type: () => String, nullable: true }) organization?: string | null,
    @Args('knownAt', { type: () => GraphQLISODateTime, nullable: true, description: 'Answer as the database knew things at this moment; now if omitted.' })
    knownAt?: Date | null,
  ): Promise<HoldingModel[]> {
    requireDate('asOf', asOf);
    const [which, name] = requireExactlyOne({ position, organization });
    const at = requireMoment('knownAt', knownAt);
    return which === 'position' ? this.holdings.ofPost(name, asOf, at) : this.holdings.ofOrganization(name, asOf, at);
  }

  @Query(() => [HoldingModel], { description: 'Holdings whose probation ends between from and to, inclusive.' })
  async probationsEnding(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<HoldingModel[]> {
    requireDate('from', from);
    requireDate('to', to);
    if (to < from) throw new UserInputError('to', `must not be before from (${from})`);
    return this.holdings.probationsEnding(from, to);
  }

  @ResolveField(() => SourceRefModel, { nullable: true })
  async source(@Parent() h: HoldingModel, @Context() ctx: GraphQLContext): Promise<SourceRefModel | null> {
    return h.sourceEventId ? ctx.loaders.eventSource.load(h.sourceEventId) : null;
  }
}
