import { request } from 'http';
import { ApiServer, startApiServer } from '../support/api-server.util';

describe('limits on what one request may ask', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ rateLimitPerMinute: 1000 });
  });
  afterAll(() => api.close());

  it('refuses a query whose cost exceeds the budget, naming the limit', async () => {
    const r = await api.gql(
      '{ notices(first: 100) { edges { node { events { person { name } post { name organization { name } } source { text } } } } } }',
    );
    expect(r.errors![0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors![0].message).toMatch(/query cost \d+ exceeds the limit of 20000/);
  });

  it('costs the same query text anew for each page size its variables ask for (the cost is remembered per shape)', async () => {
    const q = 'query($n: Int) { notices(first: $n) { edges { node { events { person { name } post { name organization { name } } source { text } } } } } }';
    for (const [n, refused] of [[2, false], [100, true], [2, false], [100, true]] as const) {
      const r = await api.gql(q, { n });
      expect(r.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX').toBe(refused);
    }
  });

  it('answers a reasonable query', async () => {
    const r = await api.gql('{ history(first: 20) { edges { node { person { name } post { organization { name } } } } } }');
    expect(r.errors).toBeUndefined();
  });

  it('refuses a body larger than the limit before reading it', async () => {
    const url = new URL(`${api.url}/graphql`);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': 30 * 1024 * 1024, connection: 'close' },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => {
            // The body was announced but never sent in full: close rather than leave the server waiting.
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body: text });
          });
        },
      );
      req.on('error', reject);
      req.write('{"query":"{ notices { totalCount } }"}');
      req.end();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('rate limiting per key or address', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ rateLimitPerMinute: 5 });
  });
  afterAll(() => api.close());

  it('refuses requests beyond the limit with RATE_LIMITED and a retry time, counting each key apart', async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await api.gql('{ notices { totalCount } }'));
    const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(limited.length).toBe(2);
    expect(limited[0].status).toBe(429);
    expect(limited[0].errors![0].message).toMatch(/rate limit of 5 requests a minute exceeded.*retry in \d+ s/);
  });

  it('counts pages and exports too, refusing them in plain text, and never the health check', async () => {
    // Spend this address's budget on GraphQL (in full, whatever the test above left).
    for (let i = 0; i < 6; i++) await api.gql('{ notices { totalCount } }');
    const page = await fetch(`${api.url}/export/csv`);
    expect(page.status).toBe(429);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(page.headers.get('content-type')).toContain('text/plain');
    expect(await page.text()).toMatch(/每分钟最多 5 次.*rate limit of 5 requests a minute exceeded; retry in \d+ s/s);
    expect((await fetch(`${api.url}/org/${encodeURIComponent('青禾市财政局')}`)).status).toBe(429);
    for (let i = 0; i < 10; i++) expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});

describe('pages within the rate limit', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ rateLimitPerMinute: 3 });
  });
  afterAll(() => api.close());

  it('answers a page until the budget is spent', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${api.url}/probations`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});
