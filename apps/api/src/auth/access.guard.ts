import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { ApiKeyStore, Role, roleAllows } from '@renmian/access';
import { DeskAuth } from '../identity/desk-auth.service';
import type { GraphQLContext } from '../graphql/loaders';
import { READS_DATA } from './reads-data.decorator';
import { RequestAuth, forbidden, unauthenticated } from '../identity/request-auth';
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
  private readonly keys: ApiKeyStore;

  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_OPTIONS) private readonly options: AccessOptions,
    ds: DataSource,
    private readonly desk: DeskAuth,
  ) {
    this.keys = new ApiKeyStore(ds);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() === 'http') return this.canReadOverHttp(context);
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

  /**
   * Pages, calendar and exports: open unless REQUIRE_AUTH_FOR_READS. Then a reader key comes as
   * `Authorization: Bearer`, or as `?key=` (calendar apps and shared links cannot send a header),
   * which also sets a cookie so that the links on the page keep working without the key in them.
   */
  private async canReadOverHttp(context: ExecutionContext): Promise<boolean> {
    const marked = this.reflector.getAllAndOverride<boolean>(READS_DATA, [context.getHandler(), context.getClass()]);
    if (!marked || !this.options.requireAuthForReads) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest<{ Querystring: { key?: string } }>>();
    // Anyone signed in at the desk may read: every role includes reading.
    if (await this.desk.session(request)) return true;
    const queryKey = typeof request.query?.key === 'string' ? request.query.key : undefined;
    const key = queryKey ?? cookie(request.headers.cookie, KEY_COOKIE);
    const header = request.headers.authorization ?? (key ? `Bearer ${key}` : undefined);
    let actor;
    try {
      actor = await new RequestAuth(this.keys, header).actor();
    } catch (e) {
      if (e instanceof GraphQLError) throw new UnauthorizedException(e.message);
      throw e;
    }
    if (!actor) throw new UnauthorizedException('this page needs an API key with the reader role: send Authorization: Bearer <key> or add ?key=<key>');
    if (!roleAllows(actor.role, 'reader')) throw new ForbiddenException(`the key “${actor.name}” cannot read`);
    if (queryKey && !request.headers.authorization) {
      context.switchToHttp().getResponse<FastifyReply>().header('set-cookie', `${KEY_COOKIE}=${encodeURIComponent(queryKey)}; Path=/; HttpOnly; SameSite=Lax`);
    }
    return true;
  }
}

const KEY_COOKIE = 'renmian_key';

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
