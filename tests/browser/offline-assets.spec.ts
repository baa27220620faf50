import type { Browser, Page } from 'playwright-core';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { launchChromium } from '../support/browser.util';
import { OfflineContext, offlineContext } from '../support/offline-page.util';
import { DESK_PAGES, PUBLIC_PAGES, loadWebFixtures } from '../support/web-fixtures.util';

jest.setTimeout(120_000);


/**
 * An intranet has no internet: no page may load a script, style, font or image from another host,
 * or it renders broken there. Each page is opened with every outside host unreachable and the
 * attempts recorded.
 */
describe('every page of the web app, with outside hosts unreachable', () => {
  let api: ApiServer;
  let browser: Browser;
  let offline: OfflineContext;
  let page: Page;
  const failed: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    await loadWebFixtures(api);
    offline = await offlineContext(browser, api.url);
    page = await offline.context.newPage();
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
  });
  afterAll(async () => {
    await offline?.context.close();
    await browser?.close();
    await api?.close();
  });

  async function visit(path: string): Promise<void> {
    const response = await page.goto(`${api.url}${path}`, { waitUntil: 'networkidle' });
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
  }

  it('notices an outside request when a page makes one (the check is not a formality)', async () => {
    const probe = await offline.context.newPage();
    await probe.setContent('<link rel="stylesheet" href="https://cdn.example.org/x.css"><img src="https://unpkg.example.com/y.png">', { waitUntil: 'load' });
    await probe.close();
    expect(offline.outside.map((o) => o.url).sort()).toEqual(['https://cdn.example.org/x.css', 'https://unpkg.example.com/y.png']);
    offline.outside.length = 0;
  });

  it.each(PUBLIC_PAGES)('%s loads nothing from outside', async (path) => {
    await visit(path);
    expect(offline.outside).toEqual([]);
    expect(failed).toEqual([]);
  });

  it.each(DESK_PAGES)('the desk page %s, signed in, loads nothing from outside', async (path) => {
    if (!(await page.context().cookies()).some((c) => c.name === 'renmian_session')) {
      await page.goto(`${api.url}/sign-in`);
      await page.getByLabel('API 密钥').fill(await api.key('editor', '离线编辑'));
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.getByRole('button', { name: '登录' }).click()]);
    }
    await visit(path);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(offline.outside).toEqual([]);
    expect(failed).toEqual([]);
  });
});
