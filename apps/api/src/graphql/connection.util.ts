import { UserInputError } from './user-input.error';

/**
 * Relay cursors over a stable order. A cursor is an opaque position; `after` continues just past it.
 */
export function encodeCursor(position: number): string {
  return Buffer.from(`pos:${position}`, 'utf8').toString('base64url');
}

export function decodeCursor(argument: string, cursor: string | null | undefined): number {
  if (cursor === undefined || cursor === null) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^pos:(\d{1,12})$/.exec(text);
  if (!m) throw new UserInputError(argument, 'is not a cursor returned by this API');
  return Number(m[1]) + 1;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A page of rows starting at `offset`, out of `total`, as a Relay connection. */
export function toConnection<T>(rows: T[], offset: number, total: number): Connection<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + rows.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
