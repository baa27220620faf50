import fc from 'fast-check';
import { copyLine } from '../../../libs/ingestion/src/copy-rows.util';

/** PostgreSQL's COPY text format, read back the way the server reads it (for the test only). */
function readLine(line: string): (string | null)[] {
  expect(line.endsWith('\n')).toBe(true);
  return line
    .slice(0, -1)
    .split('\t')
    .map((field) => (field === '\\N' ? null : field.replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\' })[c] ?? c)));
}

describe('copyLine', () => {
  it('writes nulls, numbers and booleans as COPY reads them', () => {
    expect(copyLine([null, undefined, 3, true, false, ''])).toBe('\\N\t\\N\t3\ttrue\tfalse\t\n');
  });

  it('escapes what would end a field or a row, and the escape itself', () => {
    expect(copyLine(['a\tb', 'c\nd', 'e\\f', 'g\rh', '\\N'])).toBe('a\\tb\tc\\nd\te\\\\f\tg\\rh\t\\\\N\n');
  });

  it('gives back any text, any number of fields, exactly', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\\N', '\t', '\n', '\\', '\r\n', '任命：张三为局长'));
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.constant(null)), { minLength: 1, maxLength: 8 }), (values) => {
        expect(readLine(copyLine(values))).toEqual(values);
      }),
      { numRuns: 500 },
    );
  });
});
