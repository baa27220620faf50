import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { IngestInputError, IngestionService } from '@renmian/ingestion';
import { RequireRole } from '../auth/require-role.decorator';
import type { GraphQLContext } from '../graphql/loaders';
import { UserInputError } from '../graphql/user-input.error';
import { IngestReportModel } from './ingest-report.model';

@Resolver()
export class IngestResolver {
  constructor(private readonly ingestion: IngestionService) {}

  @RequireRole('editor')
  @Mutation(() => IngestReportModel, { description: 'Loads the text of a gazette or notice: all of it or nothing.' })
  async ingest(
    @Args('text') text: string,
    @Args('filename', { type: () => String, nullable: true }) filename: string | null | undefined,
    @Context() ctx: GraphQLContext,
  ): Promise<IngestReportModel> {
    // The guard has checked the role; the audit entry names the key.
    const actor = await ctx.auth.actor();
    if (!actor) throw new Error('a load reached its resolver without an authenticated actor');
    try {
      return await this.ingestion.ingest(text, filename ?? null, null, { door: 'graphql', actor: actor.name });
    } catch (e) {
      if (e instanceof IngestInputError) throw new UserInputError('text', e.reason);
      throw e;
    }
  }
}
