/**
 * System time in SQL: rows believed now, or — with a moment — rows that were believed then
 * (recorded by then and not yet superseded).
 */

/** Appends the moment to `params` (PostgreSQL refuses a parameter it cannot type, so only when given). */
export function momentParam(knownAt: Date | null | undefined, params: unknown[]): string | null {
  if (!knownAt) return null;
  params.push(knownAt);
  return `$${params.length}::timestamptz`;
}

/** The condition for a table alias, given the placeholder from momentParam (or null for now). */
export function believedAt(alias: string, moment: string | null): string {
  if (moment === null) return `${alias}.superseded_at IS NULL`;
  return `(${alias}.recorded_at <= ${moment} AND (${alias}.superseded_at IS NULL OR ${alias}.superseded_at > ${moment}))`;
}

export function believed(alias: string, knownAt: Date | null | undefined, params: unknown[]): string {
  return believedAt(alias, momentParam(knownAt, params));
}
