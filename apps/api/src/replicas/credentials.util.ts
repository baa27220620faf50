import { createHash } from 'crypto';
import type { FastifyRequest } from 'fastify';

/**
 * The credentials a request presents, as fingerprints (never the secret itself): an API key
 * (header, `?key=` or its cookie — one key, one fingerprint however it came) and a desk session's
 * cookie. Read from the request alone, without the database, so that a read can be routed before
 * anything is looked up.
 */
export function credentialFingerprints(request: FastifyRequest): string[] {
  const found: string[] = [];
  const bearer = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? '').trim())?.[1];
  const query = (request.query as { key?: unknown } | undefined)?.key;
  const cookies = (request as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies ?? {};
  const key = bearer ?? (typeof query === 'string' ? query : undefined) ?? cookies.renmian_key;
  if (key) found.push(fingerprint('key', key));
  if (cookies.renmian_session) found.push(fingerprint('session', cookies.renmian_session));
  return found;
}

function fingerprint(kind: string, secret: string): string {
  return `${kind}:${createHash('sha256').update(secret).digest('base64url').slice(0, 22)}`;
}
