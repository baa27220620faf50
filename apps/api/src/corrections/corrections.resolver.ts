import { Args, Context, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@renmian/access';
import { RequireRole } from '../auth/require-role.decorator';
import { decodeCursor, toConnection } from '../graphql/connection.util';
import type { GraphQLContext } from '../graphql/loaders';
import { UserInputError, requireMoment, requirePageSize } from '../graphql/user-input.error';
import { MAX_PAGE } from '../history/history.resolver';
import { AuditService } from './audit.service';
import { AuditDoor, AuditEntryConnectionModel, AuditEntryModel, EventCorrectionInput, SplitPersonResultModel } from './correction.models';
import { CorrectionsService } from './corrections.service';

/** The guard has checked the role; this is who the audit log names. */
async function actorOf(ctx: GraphQLContext): Promise<Actor> {
  const actor = await ctx.auth.actor();
  if (!actor) throw new Error('a write reached its resolver without an authenticated actor');
  return actor;
}

function requireReason(reason: string): string {
  if (reason.trim().length === 0) throw new UserInputError('reason', 'say why: a correction without a reason is not recorded');
  return reason.trim();
}

@Resolver()
export class CorrectionsResolver {
  constructor(
    private readonly corrections: CorrectionsService,
    private readonly audit: AuditService,
  ) {}

  @RequireRole('editor')
  @Mutation(() => AuditEntryModel, { description: 'The notice and its events stop counting from now on; what was believed before stays queryable with knownAt.' })
  async retractNotice(@Args('docNumber') docNumber: string, @Args('reason') reason: string, @Context() ctx: GraphQLContext) {
    return this.audit.byId(await this.corrections.retractNotice(await actorOf(ctx), docNumber, requireReason(reason)));
  }

  @RequireRole('editor')
  @Mutation(() => AuditEntryModel)
  async correctEvent(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EventCorrectionInput,
    @Args('reason') reason: string,
    @Context() ctx: GraphQLContext,
  ) {
    if (!/^\d{1,18}$/.test(id)) throw new UserInputError('id', 'is not an event id');
    const type = input.type ? (input.type.toLowerCase() as 'appoint' | 'remove' | 'auto_remove') : null;
    if (input.type === 'INFERRED_END') throw new UserInputError('input.type', 'an inferred end is derived, not stated: correct the appointment instead');
    return this.audit.byId(await this.corrections.correctEvent(await actorOf(ctx), id, { ...input, type }, requireReason(reason)));
  }

  @RequireRole('editor')
  @Mutation(() => AuditEntryModel)
  async mergePeople(@Args('ids', { type: () => [ID] }) ids: string[], @Args('reason') reason: string, @Context() ctx: GraphQLContext) {
    return this.audit.byId(await this.corrections.mergePeople(await actorOf(ctx), ids, requireReason(reason)));
  }

  @RequireRole('editor')
  @Mutation(() => SplitPersonResultModel)
  async splitPerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('eventIds', { type: () => [ID] }) eventIds: string[],
    @Args('reason') reason: string,
    @Context() ctx: GraphQLContext,
  ) {
    const { auditId, newPersonId } = await this.corrections.splitPerson(await actorOf(ctx), id, eventIds, requireReason(reason));
    return { newPersonId, audit: await this.audit.byId(auditId) };
  }

  @RequireRole('editor')
  @Mutation(() => AuditEntryModel, { description: 'One organisation written two ways: the others’ names become aliases of the first.' })
  async mergeOrganizations(@Args('ids', { type: () => [ID] }) ids: string[], @Args('reason') reason: string, @Context() ctx: GraphQLContext) {
    return this.audit.byId(await this.corrections.mergeOrganizations(await actorOf(ctx), ids, requireReason(reason)));
  }

  @Query(() => AuditEntryConnectionModel, { description: 'Every write, newest first.' })
  async auditLog(
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('actor', { type: () => String, nullable: true }) actor?: string | null,
    @Args('since', { type: () => GraphQLISODateTime, nullable: true }) since?: Date | null,
    @Args('door', { type: () => AuditDoor, nullable: true, description: 'Only loads through this door.' }) door?: AuditDoor | null,
  ) {
    const limit = requirePageSize('first', first, MAX_PAGE, 50);
    const offset = decodeCursor('after', after);
    const { rows, total } = await this.audit.page({ actor, door, since: requireMoment('since', since) }, offset, limit);
    return toConnection(rows, offset, total);
  }
}
