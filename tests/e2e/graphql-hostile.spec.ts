import { ApiServer, GqlResponse, startApiServer } from '../support/api-server.util';

/**
 * Requests an office should never send, made here by code: each is refused with a code within
 * seconds, before anything executes, and the service keeps answering /health meanwhile.
 */
describe('GraphQL requests shaped to exhaust the server', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  /** Sends the request, checking /health answers within 2 s while it is handled, and how long it took. */
  async function timed(send: () => Promise<GqlResponse<unknown>>): Promise<GqlResponse<unknown> & { ms: number }> {
    const started = Date.now();
    const pending = send();
    const health = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(2_000) });
    expect(health.status).toBe(200);
    const r = await pending;
    return { ...r, ms: Date.now() - started };
  }

  function codes(r: GqlResponse<unknown>): (string | undefined)[] {
    return (r.errors ?? []).map((e) => e.extensions?.code);
  }

  it.each([
    ['a 5,000-deep selection', `{ ${'notices { edges { node { '.repeat(1_700)} id ${'} } } '.repeat(1_700)} }`],
    ['a 5,000-deep list value', `{ people(search: ${'['.repeat(5_000)}"x"${']'.repeat(5_000)}) { name } }`],
    ['a 3,000-deep input object', `{ people(search: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}) { name } }`],
    ['a 40-deep list value', `{ people(search: ${'['.repeat(40)}"x"${']'.repeat(40)}) { name } }`],
  ])('refuses %s as QUERY_TOO_DEEP before parsing it', async (_what, query) => {
    const r = await timed(() => api.gql(query));
    expect(codes(r)).toEqual(['QUERY_TOO_DEEP']);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/more than 32 deep/);
    expect(r.errors![0].message).not.toMatch(/call stack/);
    expect(r.ms).toBeLessThan(5_000);
  });

  it('ignores brackets inside strings, block strings and comments when measuring depth', async () => {
    const brackets = '{[('.repeat(20);
    const r = await api.gql(`{ people(search: "${brackets}") { name } } # ${brackets}\n`);
    expect(r.errors).toBeUndefined();
    const block = await api.gql(`{ people(search: """${brackets.slice(0, 30)} \\""" ${brackets.slice(0, 30)}""") { name } }`);
    expect(block.errors).toBeUndefined();
  });

  /** Posts a body written by hand: JSON.stringify itself recurses, and cannot write what a hostile client can. */
  async function post(body: string): Promise<GqlResponse<unknown>> {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: res.status, ...((await res.json()) as object) };
  }

  it.each([
    ['a list', `${'['.repeat(5_000)}"x"${']'.repeat(5_000)}`],
    ['an object', `${'{"a":'.repeat(5_000)}"x"${'}'.repeat(5_000)}`],
    ['a 33-deep list', `${'['.repeat(33)}"x"${']'.repeat(33)}`],
  ])('refuses a variable holding %s nested deeper than 32 as QUERY_TOO_DEEP', async (_what, value) => {
    const query = JSON.stringify('mutation($o: [ID!]!) { mergePeople(ids: $o, reason: "x") { id } }');
    const r = await timed(() => post(`{"query":${query},"variables":{"o":${value}}}`));
    expect(codes(r)).toEqual(['QUERY_TOO_DEEP']);
    expect(r.errors![0].message).toMatch(/\$o: lists and objects nested more than 32 deep/);
  });

  it('checks the variables of a GET request too: deep ones and NUL refused', async () => {
    const query = encodeURIComponent('query($s: String!) { people(search: $s) { name } }');
    const deep = await fetch(`${api.url}/graphql?query=${query}&variables=${encodeURIComponent(`{"s":${'['.repeat(1_000)}"x"${']'.repeat(1_000)}}`)}`);
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as GqlResponse<unknown>).errors![0].extensions?.code).toBe('QUERY_TOO_DEEP');
    const nul = await fetch(`${api.url}/graphql?query=${query}&variables=${encodeURIComponent('{"s":"\\u0000"}')}`);
    expect(((await nul.json()) as GqlResponse<unknown>).errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a document over 100,000 characters as QUERY_TOO_LARGE, pointing to variables', async () => {
    const r = await timed(() => api.gql(`mutation { ingest(text: "${'通'.repeat(100_001)}") { loaded } }`));
    expect(codes(r)).toEqual(['QUERY_TOO_LARGE']);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/limit is 100000.*as a variable/);
  });

  it('refuses a 300,000-fragment chain with a code, never INTERNAL_SERVER_ERROR', async () => {
    const fragments = Array.from({ length: 300_000 }, (_, i) => `fragment f${i} on Query { ...f${i + 1} }`).join('\n');
    const r = await timed(() => api.gql(`{ ...f0 }\n${fragments}\nfragment f300000 on Query { notices { totalCount } }`));
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].message).toMatch(/more than 20000 tokens/);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('refuses a fragment chain that fits the size and token limits with a code', async () => {
    const fragments = Array.from({ length: 2_000 }, (_, i) => `fragment f${i} on Query{...f${i + 1}}`).join('');
    const r = await timed(() => api.gql(`{...f0}${fragments}fragment f2000 on Query{notices{totalCount}}`));
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].message).toMatch(/more than 100 fragments/);
  });

  it('refuses fragments that multiply into many fields as QUERY_TOO_COMPLEX, however few are written', async () => {
    // Each fragment spreads the next twice: 2^40 fields if expanded.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment f${i} on Query { a${i}: notices(first: 1) { totalCount } ...f${i + 1} ...f${i + 1} }`).join('\n');
    const r = await timed(() => api.gql(`{ ...f0 }\n${fragments}\nfragment f40 on Query { notices(first: 1) { totalCount } }`));
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.ms).toBeLessThan(5_000);
  });

  it.each([5_000, 262_144])('refuses %i aliased people(search) fields as QUERY_TOO_COMPLEX before executing any', async (count) => {
    const aliases = Array.from({ length: count }, (_, i) => `p${i}:people(search:"张"){name}`).join(' ');
    const r = await timed(() => api.gql(`{${aliases}}`));
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.status).toBe(400);
    expect(r.data ?? null).toBeNull();
    expect(r.ms).toBeLessThan(5_000);
  });

  it('refuses 1,500 aliased people(search) fields within the size and token limits as QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 1_500 }, (_, i) => `p${i}:people(search:$s){name}`).join('');
    const r = await timed(() => api.gql(`query($s:String!){${aliases}}`, { s: '张' }));
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].message).toMatch(/more than 1000 fields/);
  });

  it('refuses 1,001 aliased fields as QUERY_TOO_COMPLEX, naming the limit', async () => {
    const aliases = Array.from({ length: 1_001 }, (_, i) => `p${i}:notices(first:0){totalCount}`).join(' ');
    const r = await timed(() => api.gql(`{${aliases}}`));
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].message).toMatch(/more than 1000 fields/);
  });

  it.each([
    ['over the size limit', `{ notices { totalCount ${'__typename '.repeat(25_000)} } }`],
    ['within the size limit', `{ notices { totalCount ${'a '.repeat(25_000)} } }`],
  ])('refuses a document of more than 20,000 tokens %s as QUERY_TOO_COMPLEX', async (_what, query) => {
    const r = await timed(() => api.gql(query));
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/more than 20000 tokens/);
  });

  it('still answers the standard introspection query and a query of a few aliases', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    expect((await api.gql(getIntrospectionQuery())).errors).toBeUndefined();
    const r = await api.gql('{ a: people(search: "张") { name } b: people(search: "李") { name } }');
    expect(r.errors).toBeUndefined();
  });

  it.each([
    ['a literal `search`', () => api.gql('{ people(search: "张\\u0000") { name } }'), 'search'],
    ['a variable', () => api.gql('query($s: String!) { people(search: $s) { name } }', { s: 'a\u0000b' }), '$s'],
  ])('refuses NUL in %s as BAD_USER_INPUT', async (_what, send, named) => {
    const r = await send();
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toContain(`${named}: contains a NUL character`);
  });

  it('refuses NUL in ingest’s text and filename as BAD_USER_INPUT, loading nothing', async () => {
    const editor = await api.editorKey();
    const ingest = 'mutation($t: String!, $f: String) { ingest(text: $t, filename: $f) { loaded } }';
    const text = await api.gql(ingest, { t: '青禾市人民政府\n任命周一鸣为青禾市财政局局长。\u0000' }, editor);
    expect(codes(text)).toEqual(['BAD_USER_INPUT']);
    const filename = await api.gql(ingest, { t: '青禾市人民政府\n任命周一鸣为青禾市财政局局长。', f: 'a\u0000.txt' }, editor);
    expect(codes(filename)).toEqual(['BAD_USER_INPUT']);
    const inline = await api.gql('mutation { ingest(text: "任命周一鸣为局长。", filename: "b\\u0000.txt") { loaded } }', undefined, editor);
    expect(codes(inline)).toEqual(['BAD_USER_INPUT']);
    expect(inline.errors![0].message).toContain('filename: contains a NUL character');
    const notices = await api.gql<{ notices: { totalCount: number } }>('{ notices { totalCount } }');
    expect(notices.data!.notices.totalCount).toBe(0);
  });
});
