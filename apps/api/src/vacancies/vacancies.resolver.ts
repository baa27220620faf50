import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SourceRefModel } from '../common/models/source-ref.model';
import { DateScalar } from '../graphql/date.scalar';
import type { GraphQLContext } from '../graphql/loaders';
import { requireDate } from '../graphql/user-input.error';
import { toHolding } from '../holdings/holdings.service';
import { MAX_VACANCIES, VacanciesService, VacancyFound } from './vacancies.service';
import { VacancyModel } from './vacancy.model';

function toVacancy(v: VacancyFound): VacancyModel {
  const lastHolding = toHolding(v.last);
  const m = new VacancyModel();
  Object.assign(m, {
    post: lastHolding.post,
    since: v.since,
    lastHolding,
    acting: v.acting ? toHolding(v.acting) : null,
    endedByEventId: v.last.closed_by,
  });
  return m;
}

@Resolver(() => VacancyModel)
export class VacanciesResolver {
  constructor(private readonly service: VacanciesService) {}

  @Query(() => [VacancyModel], {
    description: `Single seats with no holder on a date, of one organisation (full name or alias) or, without one, of all (at most ${MAX_VACANCIES}).`,
  })
  async vacancies(
    @Args('asOf', { type: () => DateScalar }) asOf: string,
    @Args('organization', { type: () => String, nullable: true }) organization?: string | null,
  ): Promise<VacancyModel[]> {
    requireDate('asOf', asOf);
    return (await this.service.on(asOf, organization ?? null)).map(toVacancy);
  }

  @ResolveField(() => SourceRefModel, { nullable: true })
  async endedBy(@Parent() v: VacancyModel, @Context() ctx: GraphQLContext): Promise<SourceRefModel | null> {
    return v.endedByEventId ? ctx.loaders.eventSource.load(v.endedByEventId) : null;
  }
}
