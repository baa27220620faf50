import type { NestApplicationOptions } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { ApiKeyStore } from '@renmian/access';
import { configureDesk } from './desk/desk.setup';
import { RateLimiter, RequestBudgets } from './graphql/rate-limiter';
import { configureVariableLimits } from './graphql/variables-limits.setup';
import { configureReplicaRouting } from './replicas/replica-routing.setup';

/** Gazettes can be large; the ingest mutation carries a whole one. */
export const BODY_LIMIT_BYTES = 20 * 1024 * 1024;

export interface SetupOptions {
  /** Requests a minute per API key (a real one) or address; RATE_LIMIT_PER_MINUTE. */
  rateLimitPerMinute?: number;
}

/**
 * The HTTP server every instance runs on. The service uses no Nest middleware, so it goes without
 * @fastify/middie (a hook on every request), and Fastify parses JSON bodies itself rather than
 * through Nest's wrapper around the same parser.
 */
export function httpAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, skipMiddie: true });
}

export const NEST_OPTIONS: NestApplicationOptions = { bodyParser: false };

/** A refusal in GraphQL's shape, so that every client reads limits the same way. */
function refusal(code: string, message: string): string {
  return JSON.stringify({ data: null, errors: [{ message, extensions: { code } }] });
}

/**
 * What every instance of the service needs beyond its modules; main.ts and the end-to-end tests
 * both call it, so the tests run the service as it is deployed.
 */
export function configureApp(app: NestFastifyApplication, options: SetupOptions = {}): void {
  configureDesk(app);
  configureReplicaRouting(app);
  const perMinute = options.rateLimitPerMinute ?? 600;
  const keys = new ApiKeyStore(app.get(DataSource));
  const budgets = new RequestBudgets(new RateLimiter(perMinute), async (key) => (await keys.authenticate(key)) !== null);
  const fastify = app.getHttpAdapter().getInstance();
  configureVariableLimits(fastify);
  fastify.addHook('onRequest', async (request, reply) => {
    const graphql = request.url.startsWith('/graphql');
    const length = Number(request.headers['content-length'] ?? 0);
    if (graphql && length > BODY_LIMIT_BYTES) {
      await reply
        .code(413)
        .type('application/json')
        .send(refusal('PAYLOAD_TOO_LARGE', `request body of ${length} bytes exceeds the limit of ${BODY_LIMIT_BYTES} bytes`));
      return;
    }
    // Every route counts against one budget per key or address — an export reads the whole
    // database — except the health check, which monitors poll.
    if (request.url === '/health' || request.url.startsWith('/health?')) return;
    const wait = await budgets.take(request.headers.authorization, request.ip);
    if (wait === 0) return;
    reply.code(429).header('retry-after', String(wait));
    if (graphql) {
      await reply
        .type('application/json')
        .send(refusal('RATE_LIMITED', `rate limit of ${perMinute} requests a minute exceeded for this key or address; retry in ${wait} s`));
    } else {
      await reply
        .type('text/plain; charset=utf-8')
        .send(`请求过于频繁：每个密钥或地址每分钟最多 ${perMinute} 次，请 ${wait} 秒后再试。\n(rate limit of ${perMinute} requests a minute exceeded; retry in ${wait} s)\n`);
    }
  });
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
