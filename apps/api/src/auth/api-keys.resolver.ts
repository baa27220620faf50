import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { ApiKeyError, ApiKeyStore } from '@renmian/access';
import { writeAudit } from '../corrections/audit.writer';
import type { GraphQLContext } from '../graphql/loaders';
import { UserInputError } from '../graphql/user-input.error';
import { ApiKeyModel, CreatedApiKeyModel } from './api-key.model';
import { RequireRole } from './require-role.decorator';

/** Key management for admins; the same as `npm run -s cli -- apikey …`, with an audit entry. */
@Resolver()
export class ApiKeysResolver {
  private readonly store: ApiKeyStore;

  constructor(private readonly ds: DataSource) {
    this.store = new ApiKeyStore(ds);
  }

  @RequireRole('admin')
  @Query(() => [ApiKeyModel])
  apiKeys(): Promise<ApiKeyModel[]> {
    return this.store.list();
  }

  @RequireRole('admin')
  @Mutation(() => CreatedApiKeyModel)
  async createApiKey(@Args('name') name: string, @Args('role') role: string, @Context() ctx: GraphQLContext): Promise<CreatedApiKeyModel> {
    const { key, record } = await this.wrap(() => this.store.create(name, role));
    await this.audit(ctx, 'createApiKey', `key ${name} for role ${role}`, { name, role });
    return { ...record, key };
  }

  @RequireRole('admin')
  @Mutation(() => ApiKeyModel)
  async revokeApiKey(@Args('name') name: string, @Args('reason') reason: string, @Context() ctx: GraphQLContext): Promise<ApiKeyModel> {
    if (reason.trim().length === 0) throw new UserInputError('reason', 'say why the key is revoked');
    const record = await this.wrap(() => this.store.revoke(name));
    await this.audit(ctx, 'revokeApiKey', reason.trim(), { name, revokedAt: record.revokedAt });
    return record;
  }

  private async wrap<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (e instanceof ApiKeyError) throw new UserInputError('name', e.message);
      throw e;
    }
  }

  private async audit(ctx: GraphQLContext, action: string, reason: string, after: unknown): Promise<void> {
    const actor = await ctx.auth.actor();
    await this.ds.transaction((m) => writeAudit(m, { actor: actor!.name, action, reason, before: null, after }));
  }
}
