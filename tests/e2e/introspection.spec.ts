import { Client, TypedDocumentNode, fetchExchange, gql } from '@urql/core';
import {
  GraphQLSchema,
  IntrospectionOptions,
  IntrospectionQuery,
  assertEnumType,
  assertObjectType,
  buildClientSchema,
  getIntrospectionQuery,
  isNonNullType,
  isScalarType,
  validate,
} from 'graphql';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { FIXTURE, loadWebFixtures } from '../support/web-fixtures.util';

/** What client tools send first — GraphiQL, codegen, Postman — exactly as graphql-js writes it. */
const VARIANTS: [string, IntrospectionOptions][] = [
  ['the default options', {}],
  ['no descriptions', { descriptions: false }],
  ['every option', { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }],
  ['specifiedByUrl alone', { specifiedByUrl: true }],
  ['directive repeatability alone', { directiveIsRepeatable: true }],
  ['input-value deprecation alone', { inputValueDeprecation: true }],
];

describe('introspection by real clients, with hostile queries still refused', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
    await loadWebFixtures(api);
  });
  afterAll(() => api.close());

  async function clientSchema(options: IntrospectionOptions): Promise<GraphQLSchema> {
    const r = await api.gql<IntrospectionQuery>(getIntrospectionQuery(options));
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
    return buildClientSchema(r.data!);
  }

  it.each(VARIANTS)('answers the standard introspection query with %s, and buildClientSchema rebuilds the schema', async (_, options) => {
    const schema = await clientSchema(options);
    const holders = assertObjectType(schema.getType('Query')).getFields().holders;
    expect(holders.args.map((a) => a.name).sort()).toEqual(['asOf', 'knownAt', 'organization', 'position']);
    expect(isNonNullType(holders.args.find((a) => a.name === 'asOf')!.type)).toBe(true);
    expect(isScalarType(schema.getType('Date'))).toBe(true);
    expect(schema.getMutationType()?.getFields().ingest).toBeDefined();
    // Deprecated values come back marked, so clients can warn about them.
    const deprecated = Object.values(schema.getTypeMap()).flatMap((t) =>
      t.name.startsWith('__') || !('getValues' in t) ? [] : assertEnumType(t).getValues().filter((v) => v.deprecationReason),
    );
    expect(deprecated.length).toBeGreaterThan(0);
    if (options.descriptions !== false) expect(holders.description).toMatch(/Who held a post/);
    else expect(holders.description).toBeFalsy();
  });

  it('makes typed requests through a maintained client library (urql), checked against the schema it learned', async () => {
    const schema = await clientSchema({});
    interface HoldersData {
      holders: { person: { name: string }; post: { name: string }; start: string | null; probationEnd: string | null }[];
    }
    interface HoldersVariables {
      asOf: string;
      organization: string;
    }
    const HOLDERS: TypedDocumentNode<HoldersData, HoldersVariables> = gql`
      query Holders($asOf: Date!, $organization: String) {
        holders(asOf: $asOf, organization: $organization) { person { name } post { name } start probationEnd }
      }
    `;
    expect(validate(schema, HOLDERS)).toEqual([]);
    const client = new Client({ url: `${api.url}/graphql`, exchanges: [fetchExchange], preferGetMethod: false });
    const result = await client.query(HOLDERS, { asOf: FIXTURE.transportAppointed, organization: '青禾市交通局' }).toPromise();
    expect(result.error).toBeUndefined();
    const rows = result.data!.holders;
    expect(rows.map((h) => h.person.name).sort()).toEqual(['孙三', '李四', '赵一', '钱二'].sort());
    expect(rows.find((h) => h.person.name === '赵一')!.probationEnd).toBe(FIXTURE.zhaoProbationEnds);
  });

  const refusedAs = async (query: string, code: string) => {
    const r = await api.gql(query);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.map((e) => e.extensions?.code)).toContain(code);
    return r.errors!.map((e) => e.message).join('\n');
  };

  it('still refuses nested data past the depth limit', async () => {
    const deep = `{ ${'history { edges { node { '.repeat(4)}id${' } } }'.repeat(4)} }`;
    expect(await refusedAs(deep, 'QUERY_TOO_DEEP')).toMatch(/query depth \(13\) exceeds the query depth limit of 10/);
  });

  it('refuses introspection that expands a type found among another type\'s members', async () => {
    const q = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    expect(await refusedAs(q, 'QUERY_TOO_DEEP')).toMatch(/members of a type found among another type's members/);
    await refusedAs('{ __type(name: "Query") { fields { type { ofType { fields { name } } } } } }', 'QUERY_TOO_DEEP');
  });

  it('refuses introspection repeated under aliases, or asked too many times', async () => {
    const aliased = `{ __schema { ${Array.from({ length: 50 }, (_, i) => `t${i}: types { name fields { name } }`).join(' ')} } }`;
    expect(await refusedAs(aliased, 'QUERY_TOO_DEEP')).toMatch(/aliases below __schema or __type/);
    const many = `{ ${Array.from({ length: 11 }, (_, i) => `s${i}: __type(name: "Query") { name }`).join(' ')} }`;
    expect(await refusedAs(many, 'QUERY_TOO_DEEP')).toMatch(/__schema or __type 11 times; the limit is 10/);
  });

  it('refuses an ofType chain deeper than the standard query needs', async () => {
    const chain = `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } } }`;
    expect(await refusedAs(chain, 'QUERY_TOO_DEEP')).toMatch(/introspection depth \(\d+\) exceeds that of the standard introspection query \(15\)/);
  });

  it('tells introspection in a fragment at the root apart from data, and still counts data cost beside it', async () => {
    const q = `query Q { ...Both } fragment Both on Query { __schema { queryType { name } } holders(asOf: "${FIXTURE.transportAppointed}", organization: "青禾市交通局") { person { name } } }`;
    const r = await api.gql<{ __schema: { queryType: { name: string } }; holders: unknown[] }>(q);
    expect(r.errors).toBeUndefined();
    expect(r.data!.__schema.queryType.name).toBe('Query');
    expect(r.data!.holders).toHaveLength(4);
    await refusedAs(
      '{ __schema { queryType { name } } notices(first: 100) { edges { node { events { person { name } post { name organization { name } } source { text } } } } } }',
      'QUERY_TOO_COMPLEX',
    );
  });
});
