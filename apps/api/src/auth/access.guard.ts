import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Role, roleAllows } from '@renmian/access';
import type { GraphQLContext } from '../graphql/loaders';
import { forbidden, unauthenticated } from './request-auth';
import { REQUIRED_ROLE } from './require-role.decorator';

export const ACCESS_OPTIONS = 'renmian:access-options';

export interface AccessOptions {
  /** Reads are open (gazettes are public) unless this is set. */
  requireAuthForReads: boolean;
}

/**
 * Every query and mutation passes here. Writes need the role their resolver names (admin when it
 * names none, so that a new mutation is closed until someone opens it); reads need a reader key
 * only when REQUIRE_AUTH_FOR_READS is set.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_OPTIONS) private readonly options: AccessOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GraphQLContext>();
    const operation = gql.getInfo().parentType.name;
    const named = this.reflector.get<Role | undefined>(REQUIRED_ROLE, context.getHandler());
    const needed: Role | null = named ?? (operation === 'Mutation' ? 'admin' : this.options.requireAuthForReads ? 'reader' : null);
    const actor = await ctx.auth.actor();
    if (needed === null) return true;
    if (!actor) throw unauthenticated(`${gql.getInfo().fieldName} needs an API key with the ${needed} role: send Authorization: Bearer <key>`);
    if (!roleAllows(actor.role, needed)) {
      throw forbidden(`${gql.getInfo().fieldName} needs the ${needed} role; the key “${actor.name}” has ${actor.role}`);
    }
    return true;
  }
}
