import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import { checkVariables } from './document-limits';

const GRAPHQL_PATH = '/graphql';

/** The variables a GraphQL request carries: the JSON body's, or GET's `?variables=` as sent. */
function variablesOf(method: string, body: unknown, query: unknown): unknown {
  if (method === 'GET') {
    const raw = (query as { variables?: unknown } | undefined)?.variables;
    if (typeof raw !== 'string') return undefined;
    try {
      // V8's JSON.parse does not recurse on the stack: deep input is read, then measured.
      return JSON.parse(raw);
    } catch {
      return undefined; // Mercurius answers malformed variables itself.
    }
  }
  return body && typeof body === 'object' ? (body as { variables?: unknown }).variables : undefined;
}

/**
 * Variables are checked (depth, NUL) before Mercurius sees them: it coerces them to the argument
 * types before any of its hooks run after parsing, and the cost check keys them by JSON.stringify,
 * which recurses.
 */
export function configureVariableLimits(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', async (request, reply) => {
    if (request.url.split('?')[0] !== GRAPHQL_PATH) return;
    const variables = variablesOf(request.method, request.body, request.query);
    if (!variables || typeof variables !== 'object' || Array.isArray(variables)) return;
    try {
      checkVariables(variables as Record<string, unknown>);
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      await reply.code(400).type('application/json').send(JSON.stringify({ data: null, errors: [{ message: e.message, extensions: e.extensions }] }));
    }
  });
}
