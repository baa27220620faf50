import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { launchChromium } from '../support/browser.util';
import { officeNotices } from '../support/office-fixtures.util';

jest.setTimeout(90_000);

// Run inside the page by Chromium; the project's TypeScript has no DOM library.
declare const getComputedStyle: (el: unknown) => { backgroundColor: string };
declare const document: { documentElement: { scrollWidth: number } };

/**
 * The office home page in Chromium at 1280 px and in print: four panels, each with its count and a
 * link that resolves, nothing cut. OFFICE_SCREENSHOTS=<folder> keeps screenshots of the pages to look at.
 */
describe('the office home page in Chromium', () => {
  let api: ApiServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const fixtures = officeNotices();
  const shot = async (name: string) => {
    if (process.env.OFFICE_SCREENSHOTS) await page.screenshot({ path: `${process.env.OFFICE_SCREENSHOTS}/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    const key = await api.key('editor', '柳编辑');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('API 密钥').fill(key);
    await Promise.all([page.waitForURL(/\/$/), page.getByRole('button', { name: '登录' }).click()]);
    for (const text of [fixtures.first, fixtures.second]) {
      await page.goto(`${api.url}/ingest`);
      await page.locator('textarea[name=text]').fill(text);
      await Promise.all([page.waitForURL(/\/ingest\/preview$/), page.getByRole('button', { name: '预览' }).click()]);
      await Promise.all([page.waitForURL(/\/ingest\/loaded\/\d+$/), page.getByRole('button', { name: '确认载入' }).first().click()]);
    }
    await shot('loaded');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
  });

  it('shows the five lists with their counts, nothing wider than the window', async () => {
    await page.goto(`${api.url}/`);
    const titles = await page.locator('section.panel h2').allInnerTexts();
    expect(titles.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['30天内试用期满 1', '试用期满未见正式任职 1', expect.stringMatching(/^待核查 \d+$/), '空缺职位 1', '最近载入 2']);
    expect(await page.locator('#probations-ending li').innerText()).toContain(fixtures.endingSoon);
    expect(await page.locator('#probations-unconfirmed li').innerText()).toContain(fixtures.overdue);
    expect(await page.locator('#vacancies li').innerText()).toContain(fixtures.vacant);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // Badges are styled, not bare words: a background colour the page's own text does not have.
    const badge = await page.locator('#review .badge.sev-high').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(badge).not.toBe('rgba(0, 0, 0, 0)');
    await shot('home');
    await page.goto(`${api.url}/review`);
    await shot('review');
    await page.goto(`${api.url}/notice/${encodeURIComponent('松政任〔2025〕9号')}`);
    await shot('notice');
  });

  it('links every list to a page that opens', async () => {
    await page.goto(`${api.url}/`);
    const hrefs = await page.locator('section.panel a').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(hrefs.length).toBeGreaterThan(8);
    for (const href of new Set(hrefs)) {
      const res = await page.request.get(href);
      expect({ href, status: res.status() }).toEqual({ href, status: 200 });
    }
  });

  it('prints the panels without cutting them', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${api.url}/`);
    const widths = await page.locator('section.panel').evaluateAll((els) => els.map((e) => (e as unknown as { getBoundingClientRect(): { right: number } }).getBoundingClientRect().right));
    for (const right of widths) expect(right).toBeLessThanOrEqual(1280);
    expect(await page.pdf({ format: 'A4' })).toBeTruthy();
    await page.emulateMedia({ media: 'screen' });
  });
});
