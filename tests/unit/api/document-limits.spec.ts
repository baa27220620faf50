import { GraphQLError, buildSchema, getIntrospectionQuery, parse } from 'graphql';
import {
  MAX_NESTING,
  checkDocument,
  checkSource,
  checkVariables,
  nestingOf,
  tokenLimitRefusal,
} from '../../../apps/api/src/graphql/document-limits';
import { checkCost } from '../../../apps/api/src/graphql/query-limits';

function codeOf(work: () => void): unknown {
  try {
    work();
  } catch (e) {
    return e instanceof GraphQLError ? e.extensions.code : `not a GraphQLError: ${String(e)}`;
  }
  return null;
}

describe('the nesting scan of a query text', () => {
  it.each([
    ['{ a }', 1],
    ['{ a { b(x: [1, {y: 2}]) } }', 5],
    ['{ a(s: "{{{[[[(((") }', 2],
    ['{ a(s: "\\"{{{") }', 2],
    ['{ a(s: """ {{{ \\""" [[[ """) }', 2],
    ['# {{{{{{\n{ a }', 1],
    ['}}}} { a }', 1],
  ])('measures %j as %i deep, skipping strings and comments', (text, depth) => {
    expect(nestingOf(text)).toBe(depth);
  });

  it('finds the standard introspection query well within the limit', () => {
    expect(nestingOf(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toBeLessThan(MAX_NESTING / 2);
  });

  it('stops as soon as the limit is passed, and checkSource refuses with QUERY_TOO_DEEP', () => {
    expect(nestingOf('{'.repeat(1_000_000), 32)).toBe(33);
    expect(codeOf(() => checkSource(`{ a${'{ a'.repeat(5_000)} }`))).toBe('QUERY_TOO_DEEP');
    expect(codeOf(() => checkSource(`{ a${' { a'.repeat(31)}${' }'.repeat(32)}`))).toBeNull();
  });

  it('tells a long query asking for many fields (QUERY_TOO_COMPLEX) from one carrying long text (QUERY_TOO_LARGE)', () => {
    expect(codeOf(() => checkSource(`{ ${'a '.repeat(60_000)}}`))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(() => checkSource(`{ a(t: "${'字'.repeat(100_000)}") }`))).toBe('QUERY_TOO_LARGE');
  });

  it('codes graphql-js’s own token-limit error, and only that', () => {
    let parseError: unknown;
    try {
      parse(`{ ${'a '.repeat(50)}}`, { maxTokens: 10 });
    } catch (e) {
      parseError = e;
    }
    expect(tokenLimitRefusal(parseError as Error)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(tokenLimitRefusal(new Error('Syntax Error: Expected Name, found <EOF>.'))).toBeNull();
  });
});

describe('the count of a parsed document', () => {
  it('refuses more than 1,000 selections, more than 100 fragments, and NUL in a string argument', () => {
    expect(codeOf(() => checkDocument(parse(`{ ${Array.from({ length: 1_001 }, (_, i) => `a${i}: a`).join(' ')} }`)))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(() => checkDocument(parse(`{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: a`).join(' ')} }`)))).toBeNull();
    const fragments = Array.from({ length: 101 }, (_, i) => `fragment f${i} on Q { a }`).join(' ');
    expect(codeOf(() => checkDocument(parse(`{ a } ${fragments}`)))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(() => checkDocument(parse('{ a(input: {name: "x\\u0000"}) }')))).toBe('BAD_USER_INPUT');
    expect(() => checkDocument(parse('{ a(input: {name: "x\\u0000"}) }'))).toThrow(/^name: contains a NUL character/);
  });

  it('walks a malformed AST (Mercurius accepts one sent as JSON) without throwing anything else', () => {
    expect(codeOf(() => checkDocument({ kind: 'Document', definitions: 'x' }))).toBeNull();
    expect(codeOf(() => checkDocument(null))).toBeNull();
  });
});

describe('the variables of a request', () => {
  it('refuses nesting deeper than 32 and NUL anywhere, naming the variable', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(codeOf(() => checkVariables({ v: deep }))).toBe('QUERY_TOO_DEEP');
    expect(codeOf(() => checkVariables({ v: [[['ok']]], w: { a: { b: 1 } } }))).toBeNull();
    expect(() => checkVariables({ v: [{ name: 'a\u0000' }] })).toThrow(/^\$v: contains a NUL character/);
  });
});

describe('the cost check', () => {
  const schema = buildSchema('type Query { people(search: String!): [Person!]! } type Person { name: String! }');

  it('refuses a query the estimator cannot finish (past its node limit) instead of skipping the check', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment f${i} on Query { ...f${i + 1} ...f${i + 1} }`).join('\n');
    const document = parse(`{ ...f0 }\n${fragments}\nfragment f30 on Query { people(search: "a") { name } }`);
    const started = Date.now();
    expect(codeOf(() => checkCost(schema, document, {}))).toBe('QUERY_TOO_COMPLEX');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses thousands of aliased list fields by their cost', () => {
    const aliases = Array.from({ length: 5_000 }, (_, i) => `p${i}: people(search: "a") { name }`).join(' ');
    expect(codeOf(() => checkCost(schema, parse(`{ ${aliases} }`), {}))).toBe('QUERY_TOO_COMPLEX');
  });
});
