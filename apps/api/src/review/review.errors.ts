import { GraphQLError } from 'graphql';
import { ReviewKind } from './review-item.model';

/** What accepting or dismissing a finding can be refused for. */
export enum ReviewErrorCode {
  /** The finding is not (or no longer) in the queue: settled, dismissed, or never listed. */
  NOT_FOUND = 'NOT_FOUND',
  /** The finding has no single correction that settles it: correct the records, or dismiss it. */
  NOT_ACCEPTABLE = 'NOT_ACCEPTABLE',
}

/** Each code as the GraphQL error code clients (and the desk) already handle. */
const GRAPHQL_CODE: Record<ReviewErrorCode, string> = {
  [ReviewErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [ReviewErrorCode.NOT_ACCEPTABLE]: 'BAD_USER_INPUT',
};

export class ReviewError extends GraphQLError {
  constructor(
    readonly reviewCode: ReviewErrorCode,
    message: string,
  ) {
    super(message, { extensions: { code: GRAPHQL_CODE[reviewCode], reviewCode, argument: 'id' } });
  }

  static notFound(id: string): ReviewError {
    return new ReviewError(ReviewErrorCode.NOT_FOUND, `id: review item ${id} is not in the queue (settled, dismissed, or never listed)`);
  }

  static notAcceptable(id: string, kind: ReviewKind): ReviewError {
    return new ReviewError(ReviewErrorCode.NOT_ACCEPTABLE, `id: ${id} is a ${kind} finding, which no single correction settles: correct the records it names, or dismiss it`);
  }
}
