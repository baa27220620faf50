import fc from 'fast-check';
import { arrayLiteral } from '@renmian/ingestion/array-literal.util';

// What node-postgres itself sends for a JS array (its serialiser is internal, hence require and the
// cast): the literal must be the same text, so that the server reads the same array.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (v: unknown) => string };
const pgLiteral = (values: unknown[]) => prepareValue(values);

describe('arrayLiteral', () => {
  it('writes the text node-postgres writes for any strings, including quotes, backslashes, braces and "NULL"', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'binary' }), { nil: null })), (values) => {
        expect(arrayLiteral(values)).toBe(pgLiteral(values));
      }),
      { numRuns: 500 },
    );
    const awkward = ['', 'NULL', 'null', ' a ', '{x}', 'a,b', '"', '\\', '\\"', '周"八\\十', '\n\t'];
    expect(arrayLiteral(awkward)).toBe(pgLiteral(awkward));
  });

  it('writes numbers and booleans bare and null or undefined as NULL', () => {
    expect(arrayLiteral([1, -2, 3.5, true, false, null, undefined])).toBe('{1,-2,3.5,true,false,NULL,NULL}');
    expect(arrayLiteral([])).toBe('{}');
  });
});
