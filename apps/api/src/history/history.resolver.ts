import { Args, Context, GraphQLISODateTime, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PersonModel } from '../common/models/person.model';
import { PostModel } from '../common/models/post.model';
import { SourceRefModel } from '../common/models/source-ref.model';
import { decodeCursor, toConnection } from '../graphql/connection.util';
import { GraphQLContext, required } from '../graphql/loaders';
import { requireMoment, requirePageSize } from '../graphql/user-input.error';
import { EventConnectionModel, EventModel } from './event.model';
import { HistoryFilter, HistoryService } from './history.service';

export const MAX_PAGE = 100;
const DEFAULT_PAGE = 50;

@Resolver(() => EventModel)
export class HistoryResolver {
  constructor(private readonly historyService: HistoryService) {}

  @Query(() => EventConnectionModel, { description: 'What happened to a person, a post or an organisation, oldest first.' })
  async history(
    @Args('person', { type: () => String, nullable: true }) person?: string | null,
    @Args('position', { type: () => String, nullable: true }) position?: string | null,
    @Args('organization', { type: () => String, nullable: true }) organization?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('knownAt', { type: () => GraphQLISODateTime, nullable: true, description: 'Answer as the database knew things at this moment; now if omitted.' })
    knownAt?: Date | null,
  ): Promise<EventConnectionModel> {
    return connection(this.historyService, { person, position, organization, knownAt: requireMoment('knownAt', knownAt) }, first, after);
  }

  @ResolveField(() => PersonModel)
  async person(@Parent() e: EventModel, @Context() ctx: GraphQLContext): Promise<PersonModel> {
    return required(await ctx.loaders.person.load(e.personId), 'person', e.personId);
  }

  @ResolveField(() => PostModel)
  async post(@Parent() e: EventModel, @Context() ctx: GraphQLContext): Promise<PostModel> {
    return required(await ctx.loaders.post.load(e.postId), 'post', e.postId);
  }

  @ResolveField(() => SourceRefModel)
  async source(@Parent() e: EventModel, @Context() ctx: GraphQLContext): Promise<SourceRefModel> {
    return required(await ctx.loaders.eventSource.load(e.sourceEventId), 'event', e.sourceEventId);
  }
}

/** One page of a filtered history as a Relay connection. */
export async function connection(
  service: HistoryService,
  filter: HistoryFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<EventConnectionModel> {
  const limit = requirePageSize('first', first, MAX_PAGE, DEFAULT_PAGE);
  const offset = decodeCursor('after', after);
  const { rows, total } = await service.page(filter, offset, limit);
  return toConnection(rows, offset, total);
}
