/**
 * PostgreSQL returns ranges as text (`[2023-12-20,)`, `(,2023-12-20)`). This is the one place that
 * reads them. Dates are canonical `[lower,upper)` for daterange.
 */
export interface DateRange {
  start: string | null;
  end: string | null;
}

export function parseDateRange(s: string): DateRange {
  if (s === 'empty') return { start: null, end: null };
  const comma = s.indexOf(',');
  const lower = s.slice(1, comma);
  const upper = s.slice(comma + 1, -1);
  return { start: lower === '' ? null : lower, end: upper === '' ? null : upper };
}
