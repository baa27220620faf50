import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Gazettes can be large; the ingest mutation carries a whole one. */
export const BODY_LIMIT_BYTES = 20 * 1024 * 1024;

/**
 * What every instance of the service needs beyond its modules; main.ts and the end-to-end tests
 * both call it, so the tests run the service as it is deployed.
 */
export function configureApp(app: NestFastifyApplication): void {
  // A browser opening /graphql gets GraphiQL (Mercurius serves it at /graphiql); clients that
  // send a query are untouched.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      const accept = String(request.headers.accept ?? '');
      const [path, query] = request.url.split('?');
      if (request.method === 'GET' && path === '/graphql' && !query && accept.includes('text/html')) {
        await reply.redirect('/graphiql', 302);
      }
    });
}
