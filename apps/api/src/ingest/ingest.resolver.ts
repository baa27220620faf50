import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IngestInputError, IngestionService } from '@renmian/ingestion';
import { RequireRole } from '../auth/require-role.decorator';
import { UserInputError } from '../graphql/user-input.error';
import { IngestReportModel } from './ingest-report.model';

@Resolver()
export class IngestResolver {
  constructor(private readonly ingestion: IngestionService) {}

  @RequireRole('editor')
  @Mutation(() => IngestReportModel, { description: 'Loads the text of a gazette or notice: all of it or nothing.' })
  async ingest(
    @Args('text') text: string,
    @Args('filename', { type: () => String, nullable: true }) filename?: string | null,
  ): Promise<IngestReportModel> {
    try {
      return await this.ingestion.ingest(text, filename ?? null);
    } catch (e) {
      if (e instanceof IngestInputError) throw new UserInputError('text', e.reason);
      throw e;
    }
  }
}
