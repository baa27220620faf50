import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { MAX_INTROSPECTION_DEPTH, queryShapeRule } from '../../../apps/api/src/graphql/query-shape.rule';

const schema = buildSchema(`
  type Query { history(first: Int): Connection person(name: String): Person }
  type Connection { edges: [Edge!]! }
  type Edge { node: Event! }
  type Event { id: ID! person: Person! }
  type Person { name: String! events: [Event!]! }
`);

/** The refusals of our rule alone (graphql-js's own rules are not what is tested here). */
const refusals = (query: string) => validate(schema, parse(query), [queryShapeRule(10)]).map((e) => e.message);

const ALL_OPTIONS = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };

describe('queryShapeRule', () => {
  it('takes the standard introspection query as its introspection depth (15 in graphql 16)', () => {
    expect(MAX_INTROSPECTION_DEPTH).toBe(15);
  });

  it.each([{}, { descriptions: false }, ALL_OPTIONS, { specifiedByUrl: true }, { directiveIsRepeatable: true }, { inputValueDeprecation: true }])(
    'accepts the standard introspection query with options %p, and graphql-js finds it valid',
    (options) => {
      const query = getIntrospectionQuery(options);
      expect(refusals(query)).toEqual([]);
      expect(validate(schema, parse(query), specifiedRules)).toEqual([]);
    },
  );

  it('counts data depth as before, root fields counting one', () => {
    const deep = (n: number) => `{ ${'history { edges { node { person { events { '.repeat(n)}id${' } } } } }'.repeat(n)} }`;
    expect(refusals(deep(1))).toEqual([]);
    expect(refusals(`{ history { edges { node { person { events { person { events { person { events { id } } } } } } } } } }`)).toEqual([]);
    expect(refusals(deep(2))).toEqual(['`unnamedQuery` query depth (11) exceeds the query depth limit of 10']);
  });

  it('counts depth through fragments and inline fragments, named and unnamed', () => {
    const q = `query Deep { ...A } fragment A on Query { history { edges { ... on Edge { node { ...B } } } } }
      fragment B on Event { person { events { person { events { person { events { person { name } } } } } } } }`;
    expect(refusals(q)).toEqual(['`Deep` query depth (11) exceeds the query depth limit of 10']);
  });

  it('does not walk a fragment cycle forever (graphql-js reports the cycle itself)', () => {
    const q = 'query { ...A } fragment A on Query { person { ...B } } fragment B on Person { events { person { ...B } } }';
    expect(refusals(q)).toEqual([]);
  });

  it('walks each fragment once however often it is spread (a fragment bomb costs nothing to check)', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Person { name }` : `fragment F${i} on Person { ...F${i + 1} a${i}: events { person { ...F${i + 1} } } }`,
    );
    const started = Date.now();
    const messages = refusals(`{ person { ...F0 } } ${fragments.join(' ')}`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(messages[0]).toMatch(/query depth \(\d+\) exceeds/);
  });

  it('refuses a type expanded among another type’s members, aliases and too many roots, but not __typename on data', () => {
    expect(refusals('{ __schema { types { fields { type { fields { name } } } } } }')).toHaveLength(1);
    expect(refusals('{ __schema { types { interfaces { possibleTypes { name } } } } }')).toHaveLength(1);
    expect(refusals('{ __schema { list: types { name } } }')).toEqual(['`unnamedQuery` introspection uses aliases below __schema or __type: ask for each part once']);
    expect(refusals(`{ ${Array.from({ length: 10 }, (_, i) => `t${i}: __type(name: "Person") { name }`).join(' ')} }`)).toEqual([]);
    expect(refusals(`{ ${Array.from({ length: 11 }, (_, i) => `t${i}: __type(name: "Person") { name }`).join(' ')} }`)).toHaveLength(1);
    expect(refusals('{ history { edges { node { __typename person { __typename name } } } } }')).toEqual([]);
  });
});
