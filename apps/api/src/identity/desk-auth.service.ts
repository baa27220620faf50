import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { onPrimary } from '@renmian/database';
import { DeskSessions } from './desk-sessions.store';
import type { Viewer } from './viewer';

export const SESSION_COOKIE = 'renmian_session';

/** A live session as a request presents it: the cookie's token and who it belongs to. */
export interface DeskSession {
  token: string;
  viewer: Viewer;
}

const looked = new WeakMap<object, Promise<DeskSession | null>>();
const known = new WeakMap<object, DeskSession | null>();

/** The session a request already resolved (by a guard), for code that cannot wait: views, filters. */
export function resolvedSession(request: object): DeskSession | null {
  return known.get(request) ?? null;
}

function cookieOf(request: FastifyRequest): string | undefined {
  const value = (request as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies?.[SESSION_COOKIE];
  return value && value.length <= 100 ? value : undefined;
}

/**
 * Looks a request's session up once, however many guards and pages ask. A request without the
 * cookie costs nothing; GraphQL never asks (it is authorised by its Authorization header alone, so
 * a cookie can never make another site's form a GraphQL write).
 */
@Injectable()
export class DeskAuth {
  constructor(private readonly sessions: DeskSessions) {}

  session(request: FastifyRequest): Promise<DeskSession | null> {
    let found = looked.get(request);
    if (!found) {
      found = this.lookUp(request);
      looked.set(request, found);
    }
    return found;
  }

  private async lookUp(request: FastifyRequest): Promise<DeskSession | null> {
    const token = cookieOf(request);
    // On the primary even with replicas: finding a session also records its use (a write), and a
    // session signed out or revoked ends at once.
    const viewer = token ? await onPrimary(() => this.sessions.find(token)) : null;
    const session = viewer && token ? { token, viewer } : null;
    known.set(request, session);
    return session;
  }
}
