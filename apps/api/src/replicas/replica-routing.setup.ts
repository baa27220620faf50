import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { DocumentNode } from 'graphql';
import { DataSource } from 'typeorm';
import { ReadScope, RoutedDataSource, currentReadScope, runInReadScope } from '@renmian/database';
import { credentialFingerprints } from './credentials.util';

/** Methods that only read; any other is a write, and reads inside it go to the primary. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const GRAPHQL_PATH = '/graphql';

const SCOPE = Symbol('renmian.readScope');
type Scoped = FastifyRequest & { [SCOPE]?: ReadScope };

/**
 * Routes each request's reads (see ReadScope): the scope is opened once the body is parsed, so the
 * guards, resolvers, pages and exports all run inside it. After a write by a credential, the
 * primary's WAL position is kept as that credential's fence before the answer leaves — the
 * client's next request cannot overtake it. Nothing is added when no replica is configured.
 */
export function configureReplicaRouting(app: NestFastifyApplication): void {
  const ds = app.get(DataSource);
  if (!(ds instanceof RoutedDataSource) || !ds.replicas || !ds.fences) return;
  const fences = ds.fences;
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preHandler', (request, _reply, done) => {
    const credentials = credentialFingerprints(request);
    // A GraphQL request is a write only if it is a mutation, known once it is parsed (below):
    // queries come by POST as well.
    const write = !READ_METHODS.has(request.method) && request.url.split('?')[0] !== GRAPHQL_PATH;
    const scope = new ReadScope({ write, credentials, minLsn: fences.fenceFor(credentials) });
    (request as Scoped)[SCOPE] = scope;
    runInReadScope(scope, done);
  });
  fastify.addHook('onSend', async (request, _reply, payload) => {
    const scope = (request as Scoped)[SCOPE];
    if (!scope?.write || scope.credentials.length === 0) return payload;
    try {
      fences.record(scope.credentials, await ds.primaryLsn());
    } catch {
      // The primary did not answer, so the write did not happen either: the answer says so already.
    }
    return payload;
  });
}

/** GraphQL decides after parsing: a mutation makes the request a write (Mercurius preExecution). */
export function markGraphQLWrite(document: DocumentNode): void {
  const scope = currentReadScope();
  if (scope && document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation')) scope.write = true;
}

/** How stale a GraphQL answer read from a standby may be (Mercurius onResolution). */
export function replicaExtensions(execution: { extensions?: Record<string, unknown> }): void {
  const lag = currentReadScope()?.servedLagMs;
  if (lag === null || lag === undefined) return;
  execution.extensions = { ...execution.extensions, replicaLagMs: lag };
}
