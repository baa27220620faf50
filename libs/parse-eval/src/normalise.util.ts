import { Scalar } from './score.types';

// Python's `\s` on str, which the reference script strips: JavaScript's `\s` minus U+FEFF, plus the
// information separators U+001C–U+001F and NEL U+0085.
// eslint-disable-next-line no-control-regex
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * The reference script's `norm`: NFKC, then every whitespace character removed, so that OCR'd
 * full-width letters and spaces inside a name do not count as a different name. Null (and a
 * missing field) stays null, which is not equal to the empty string.
 */
export function normaliseField(value: Scalar | undefined): string | null {
  if (value === null || value === undefined) return null;
  return pythonStr(value).normalize('NFKC').replace(PY_WHITESPACE, '');
}

/**
 * Python's `str()` of a JSON scalar. A number is printed as JavaScript prints it: JSON.parse cannot
 * tell `12.0` (Python: "12.0") from `12`, and gold files write whole numbers.
 */
export function pythonStr(value: Exclude<Scalar, null>): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}
