import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient } from '../support/desk-client.util';
import { DESK_PAGES, PUBLIC_PAGES, loadWebFixtures } from '../support/web-fixtures.util';


/**
 * Everything a page's markup makes a browser fetch by itself — scripts, styles, images, frames,
 * fonts and backgrounds in CSS — must name this site (a relative address) or be inline data. The
 * browser suite opens the same pages in Chromium with outside hosts unreachable; this runs in every
 * `npm test`, without Chromium.
 */
function outsideAssets(html: string): string[] {
  const found: string[] = [];
  const fetched = /<(?:script|img|iframe|embed|source|audio|video|input)\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)|<link\b[^>]*?\shref\s*=\s*["']?([^"'\s>]+)|url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)/gi;
  for (const m of html.matchAll(fetched)) {
    const ref = m[1] ?? m[2] ?? m[3] ?? m[4];
    // An absolute address (scheme or protocol-relative) leaves the site, unless it is inline data.
    if (/^(?:[a-z][\w+.-]*:|\/\/)/i.test(ref) && !/^data:/i.test(ref)) found.push(ref);
  }
  return found;
}

describe('no page of the web app refers to an asset elsewhere', () => {
  let api: ApiServer;
  let desk: DeskClient;
  beforeAll(async () => {
    api = await startApiServer();
    await loadWebFixtures(api);
    desk = new DeskClient(api);
    expect((await desk.signIn(await api.key('editor', '资产检查'))).status).toBe(303);
  });
  afterAll(() => api.close());

  it('recognises an outside asset when there is one (the check is not a formality)', () => {
    const html = '<link rel="stylesheet" href="https://cdn.example.org/a.css"><script src="//unpkg.example.com/b.js"></script><img src="/local.png"><style>b{background:url(data:image/png;base64,AA)}</style>';
    expect(outsideAssets(html)).toEqual(['https://cdn.example.org/a.css', '//unpkg.example.com/b.js']);
  });

  it.each(PUBLIC_PAGES)('%s', async (path) => {
    const res = await fetch(`${api.url}${path}`);
    expect(res.status).toBe(200);
    expect(outsideAssets(await res.text())).toEqual([]);
  });

  it.each(DESK_PAGES)('the desk page %s, signed in', async (path) => {
    const r = await desk.get(path);
    expect(r.status).toBe(200);
    expect(outsideAssets(r.body)).toEqual([]);
  });

  it('nor does the GraphiQL stylesheet', async () => {
    expect(outsideAssets(await (await fetch(`${api.url}/graphiql/assets/graphiql.css`)).text())).toEqual([]);
  });
});
