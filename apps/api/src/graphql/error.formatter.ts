import { Logger } from '@nestjs/common';
import { ExecutionResult, GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import { tokenLimitRefusal } from './document-limits';

/**
 * Errors the caller can act on keep their message and code; anything else is logged in full and
 * reaches the caller only as a generic message, so that internals never leak.
 */
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP', 'QUERY_TOO_LARGE', 'SERVICE_UNAVAILABLE', 'TIMEOUT',
]);

/** Refusals of a request's size or shape, made before it executes. */
const REFUSALS = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_LARGE', 'QUERY_TOO_COMPLEX']);

/** PostgreSQL's code for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

/** The database is down, restarting, or refusing connections: worth retrying, not a bug. */
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '3D000', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);

/** The SQLSTATE (or socket error code) of a failed statement, from TypeORM's wrapper or from pg itself (readRows). */
function databaseCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: string } };
  return e.driverError?.code ?? (typeof e.code === 'string' ? e.code : undefined);
}

function databaseUnavailable(error: unknown): boolean {
  const code = databaseCode(error);
  if (code && UNAVAILABLE.has(code)) return true;
  return /Connection terminated|connect ECONNREFUSED|not currently accepting connections/.test((error as { message?: string }).message ?? '');
}
const logger = new Logger('GraphQL');

export function formatErrors(
  execution: ExecutionResult & Required<Pick<ExecutionResult, 'errors'>>,
  context: Parameters<typeof mercurius.defaultErrorFormatter>[1],
) {
  const errors = execution.errors.map((e) => {
    const code = e.extensions?.code;
    // No original error: a syntax or validation error from GraphQL itself.
    if ((typeof code === 'string' && KNOWN_CODES.has(code)) || !e.originalError) return e;
    if (e.originalError instanceof GraphQLError && typeof e.originalError.extensions?.code === 'string') return e;
    // Mercurius wraps the query's validation errors (unknown field, wrong variable type) in one
    // error, the parser's too: one stopped by its token limit is a refusal with a code.
    const wrapped = (e.originalError as { errors?: unknown }).errors;
    if (Array.isArray(wrapped)) return wrapped.map((inner: { message?: unknown }) => tokenLimitRefusal(inner)).find((r) => r !== null) ?? e;
    if (databaseUnavailable(e.originalError)) {
      return new GraphQLError('the database is unavailable at the moment; nothing was changed — try again shortly', {
        path: e.path,
        nodes: e.nodes,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    if (databaseCode(e.originalError) === QUERY_CANCELED) {
      return new GraphQLError('the question took longer than the database statement timeout allows: narrow it (a date, a post, fewer items)', {
        path: e.path,
        nodes: e.nodes,
        extensions: { code: 'TIMEOUT' },
      });
    }
    logger.error(`${e.message} at ${e.path?.join('.') ?? '?'}`, e.originalError.stack);
    return new GraphQLError('Internal server error', {
      path: e.path,
      nodes: e.nodes,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
  const formatted = mercurius.defaultErrorFormatter({ ...execution, errors }, context);
  // A request refused for its size or shape before anything ran is the client's error, whichever
  // step refused it (Mercurius answers its own validation errors so; our hooks' would be 200).
  const refusedOnly = execution.data == null && formatted.response.errors?.every((e) => REFUSALS.has(String(e.extensions?.code)));
  if (refusedOnly) return { statusCode: 400, response: formatted.response };
  // Errors in a GraphQL response are answers, not HTTP failures.
  return { statusCode: formatted.statusCode >= 500 && execution.data !== undefined ? 200 : formatted.statusCode, response: formatted.response };
}
