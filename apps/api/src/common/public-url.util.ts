import type { FastifyRequest } from 'fastify';

/**
 * Links that leave the page (the calendar feed, Popolo's sources) must be absolute: PUBLIC_URL when
 * the service sits behind a proxy, else the Host asked for.
 */
export function publicUrl(request: FastifyRequest): string {
  const configured = process.env.PUBLIC_URL;
  if (configured) return configured.endsWith('/') ? configured.slice(0, -1) : configured;
  return `${request.protocol}://${request.headers.host ?? 'localhost'}`;
}
