import type { Browser, Page } from 'playwright-core';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { launchChromium } from '../support/browser.util';
import { OfflineContext, offlineContext } from '../support/offline-page.util';
import { FIXTURE, loadWebFixtures } from '../support/web-fixtures.util';

jest.setTimeout(90_000);

/** GraphiQL as a personnel office opens it on an intranet: outside hosts unreachable. */
describe('GraphiQL in Chromium, offline', () => {
  let api: ApiServer;
  let browser: Browser;
  let offline: OfflineContext;
  let page: Page;
  const scriptErrors: string[] = [];
  const failed: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    await loadWebFixtures(api);
    offline = await offlineContext(browser, api.url);
    page = await offline.context.newPage();
    page.on('pageerror', (e) => scriptErrors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    // A browser asking for /graphql is sent to the IDE.
    await page.goto(`${api.url}/graphql`);
    await page.waitForURL(/\/graphiql$/);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await offline?.context.close();
    await browser?.close();
    await api?.close();
  });

  it('renders from the service’s own files, asking no outside host for anything', async () => {
    expect(await page.locator('.graphiql-query-editor').count()).toBe(1);
    expect(offline.outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(scriptErrors).toEqual([]);
  });

  it('learns the schema by introspection: the documentation explorer lists Query and its holders field', async () => {
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    const explorer = page.locator('.graphiql-doc-explorer');
    await explorer.getByText('Query', { exact: true }).first().click();
    await explorer.locator('.graphiql-doc-explorer-field-name', { hasText: /^holders$/ }).waitFor();
    expect(await explorer.locator('.graphiql-doc-explorer-title').innerText()).toBe('Query');
  });

  it('answers a query typed into the editor', async () => {
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // insertText: typed as a paste would be, so the editor's own bracket closing does not double them.
    await page.keyboard.insertText(`{ holders(asOf: "${FIXTURE.transportAppointed}", organization: "青禾市交通局") { person { name } post { name } } }`);
    await page.getByRole('button', { name: /Execute query/ }).click();
    const response = page.locator('.graphiql-response');
    await response.getByText('"赵一"').waitFor({ timeout: 20_000 });
    const text = await response.innerText();
    for (const name of ['赵一', '孙三', '钱二', '李四']) expect(text).toContain(name);
    expect(text).not.toContain('errors');
    expect(offline.outside).toEqual([]);
  });
});
