import { GraphQLError } from 'graphql';

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} does not exist (or no longer counts)`, { extensions: { code: 'NOT_FOUND' } });
}

/** Someone else changed the same thing first: nothing was written, and the caller may retry. */
export function conflict(what: string): GraphQLError {
  return new GraphQLError(`${what} was changed by someone else at the same moment; nothing was written: reload it and try again`, {
    extensions: { code: 'CONFLICT' },
  });
}
