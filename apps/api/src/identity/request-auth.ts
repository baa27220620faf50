import { GraphQLError } from 'graphql';
import { Actor, ApiKeyStore } from '@renmian/access';
import { onPrimary } from '@renmian/database';

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Who sent a request: looked up once, on first need, from `Authorization: Bearer <key>`. No header
 * is anonymous; a header with an unknown or revoked key is refused outright — a wrong key is a
 * mistake worth telling, not a reason to fall back to anonymous.
 */
export class RequestAuth {
  private resolved: Promise<Actor | null> | null = null;

  constructor(
    private readonly store: ApiKeyStore,
    private readonly header: string | undefined,
  ) {}

  actor(): Promise<Actor | null> {
    this.resolved ??= this.resolve();
    return this.resolved;
  }

  private async resolve(): Promise<Actor | null> {
    if (this.header === undefined || this.header.trim() === '') return null;
    const m = /^Bearer\s+(\S+)$/i.exec(this.header.trim());
    if (!m) throw unauthenticated('the Authorization header must be “Bearer <API key>”');
    // On the primary even with replicas: a revoked key must stop at once, not once a standby replays it.
    const actor = await onPrimary(() => this.store.authenticate(m[1]));
    if (!actor) throw unauthenticated('this API key is unknown or revoked');
    return actor;
  }
}
