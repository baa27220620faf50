/**
 * PostgreSQL array literals for the large array parameters of a load (`unnest($1::text[], …)`).
 * node-postgres writes the same text for a JS array, but runs two regular expressions over every
 * element and concatenates the result piece by piece: for a 100,000-event load that was about half
 * a second of this process's time per statement. Here an element is escaped only when it holds a
 * quote or a backslash, and the parts are joined once. Same text, so the server reads the same array.
 */
export type ArrayElement = string | number | boolean | null | undefined;

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;

export function arrayLiteral(values: readonly ArrayElement[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v !== 'string') parts[i] = String(v);
    // Quoted always: an empty string, "NULL", spaces, commas and braces then need nothing more.
    else parts[i] = NEEDS_ESCAPE.test(v) ? `"${v.replace(ESCAPED, '\\$&')}"` : `"${v}"`;
  }
  return `{${parts.join(',')}}`;
}
