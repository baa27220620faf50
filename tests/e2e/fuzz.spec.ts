import fc from 'fast-check';
import { request } from 'http';
import { ApiServer, startApiServer } from '../support/api-server.util';

/**
 * More than a thousand malformed or hostile requests, then: the service still answers, and nothing
 * stored has changed. A fixed seed keeps the run the same every time.
 */
const QUERIES = [
  '{ holders(asOf: $d, position: $s) { person { name } } }',
  '{ history(person: $s, first: $n, after: $s) { totalCount } }',
  '{ people(search: $s, first: $n) { name } }',
  '{ notice(docNumber: $s) { title events { type } } }',
  'mutation { ingest(text: $s) { loaded } }',
];

const SQLISH = ["'; DROP TABLE events; --", '" OR 1=1 --', '青政任〔2024〕7号\' UNION SELECT * FROM api_keys --', '%', '_', '\\', '\u0000'];

const arbitraryRequest = fc.oneof(
  // Known queries with arguments of every wrong kind.
  fc.record({
    query: fc.constantFrom(...QUERIES).map((q) => q.replace(/^(mutation )?\{/, (m) => (m.startsWith('mutation') ? 'mutation($s: String, $d: Date, $n: Int) {' : 'query($s: String, $d: Date!, $n: Int) {'))),
    variables: fc.record({
      s: fc.oneof(fc.string(), fc.constantFrom(...SQLISH), fc.integer(), fc.constant(null), fc.string({ minLength: 1000, maxLength: 5000 })),
      d: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2023-02-30', '9999-99-99', '2024-01-01'), fc.integer()),
      n: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 5 }), fc.constant(-1), fc.constant(1e9)),
    }),
  }),
  // Random text as a query.
  fc.record({ query: fc.string({ maxLength: 300 }), variables: fc.constant({}) }),
  // Deep nesting.
  fc.integer({ min: 5, max: 400 }).map((depth) => ({ query: `{ ${'history { edges { node { '.repeat(depth)}id${' } } }'.repeat(depth)} }`, variables: {} })),
  // Aliases repeated to multiply work.
  fc.integer({ min: 10, max: 300 }).map((n) => ({
    query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: notices(first: 100) { totalCount }`).join(' ')} }`,
    variables: {},
  })),
);

function post(url: string, body: Buffer): Promise<number> {
  const u = new URL(`${url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('a fuzzed GraphQL endpoint', () => {
  let api: ApiServer;
  let snapshot: string;
  const state = async () =>
    JSON.stringify(
      (await api.gql('{ notices(first: 100) { totalCount edges { node { docNumber events { id type person { name } post { name } } } } } }')).data,
    );

  beforeAll(async () => {
    api = await startApiServer();
    const text = ['# 青禾市人民政府 关于任免张晓明职务的通知', '青政任〔2024〕7号', '市人民政府决定，任命：', '张晓明为青禾市财政局局长。', '青禾市人民政府', '2024年3月9日'].join('\n');
    await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t: text }, await api.editorKey());
    snapshot = await state();
  });
  afterAll(() => api.close());

  it('answers every one of 1,200 hostile requests with an HTTP response and no 5xx', async () => {
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(arbitraryRequest, async (req) => {
        const status = await post(api.url, Buffer.from(JSON.stringify(req)));
        statuses.push(status);
        return status < 500;
      }),
      { seed: 20261128, numRuns: 1000 },
    );
    // Bytes that are not UTF-8, and bodies that are not JSON.
    for (let i = 0; i < 200; i++) {
      const junk = Buffer.from(Array.from({ length: 1 + (i % 60) }, (_, k) => (i * 31 + k * 17) % 256));
      statuses.push(await post(api.url, i % 2 ? junk : Buffer.concat([Buffer.from('{"query":"{ people(search: \\"'), junk, Buffer.from('\\") { name } }"}')])));
    }
    expect(statuses.length).toBeGreaterThanOrEqual(1200);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  }, 120_000);

  it('still answers, and nothing stored has changed', async () => {
    expect(await state()).toBe(snapshot);
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
  });
});
