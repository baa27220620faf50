import { ApiServer, startApiServer } from '../support/api-server.util';

/** The IDE's page and files over HTTP (the browser suite drives it in Chromium). */
describe('GraphiQL served from the project’s own packages', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  it('serves a page that refers only to this site, under a policy that allows nothing else', async () => {
    const res = await fetch(`${api.url}/graphiql`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    const html = await res.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) expect(ref).toMatch(/^\/graphiql\/assets\/[\w.-]+$/);
  });

  it('serves each file the page names, typed, from node_modules', async () => {
    const html = await (await fetch(`${api.url}/graphiql`)).text();
    for (const [, ref] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const res = await fetch(`${api.url}${ref}`);
      expect({ ref, status: res.status }).toEqual({ ref, status: 200 });
      expect(res.headers.get('content-type')).toMatch(ref.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('serves no other file, whatever the name asks for', async () => {
    for (const name of ['package.json', '..%2F..%2Fpackage.json', 'graphiql.min.js.map']) {
      expect((await fetch(`${api.url}/graphiql/assets/${name}`)).status).toBe(404);
    }
  });
});
