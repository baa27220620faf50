import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { decodeCursor, toConnection } from '../graphql/connection.util';
import { requirePageSize } from '../graphql/user-input.error';
import { EventModel } from '../history/event.model';
import { MAX_PAGE } from '../history/history.resolver';
import { HistoryService } from '../history/history.service';
import { NoticeConnectionModel, NoticeModel, UnparsedLineModel } from './notice.model';
import { NoticesService } from './notices.service';

/** A notice holds at most a few hundred clauses: its events come back in one list. */
const MAX_EVENTS_PER_NOTICE = 2000;

@Resolver(() => NoticeModel)
export class NoticesResolver {
  constructor(
    private readonly notices: NoticesService,
    private readonly historyService: HistoryService,
  ) {}

  @Query(() => NoticeModel, { nullable: true })
  notice(@Args('docNumber') docNumber: string): Promise<NoticeModel | null> {
    return this.notices.byDocNumber(docNumber);
  }

  @Query(() => NoticeConnectionModel, { name: 'notices' })
  async noticePage(
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<NoticeConnectionModel> {
    const limit = requirePageSize('first', first, MAX_PAGE, 50);
    const offset = decodeCursor('after', after);
    const { rows, total } = await this.notices.page(offset, limit);
    return toConnection(rows, offset, total);
  }

  @ResolveField(() => [EventModel], { description: 'The events the notice states, in its order, with any ends they imply.' })
  async events(@Parent() n: NoticeModel): Promise<EventModel[]> {
    return (await this.historyService.page({ noticeId: n.id }, 0, MAX_EVENTS_PER_NOTICE)).rows;
  }

  @ResolveField(() => [UnparsedLineModel])
  unparsedLines(@Parent() n: NoticeModel): Promise<UnparsedLineModel[]> {
    return this.notices.unparsedLines(n);
  }
}
