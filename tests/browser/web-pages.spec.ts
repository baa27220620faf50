import type { Browser, Page } from 'playwright-core';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { launchChromium } from '../support/browser.util';
import { FIXTURE, loadWebFixtures } from '../support/web-fixtures.util';

jest.setTimeout(60_000);

// Runs inside the page, where the DOM has it; the project's TypeScript has no DOM library.
declare const getComputedStyle: (el: unknown) => { backgroundColor: string };

/** What a personnel office does with the page, in a real headless Chromium. */
describe('the web page in Chromium', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    await loadWebFixtures(api);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  const open = (path: string) => page.goto(`${api.url}${path}`);
  const texts = (selector: string) => page.locator(selector).allInnerTexts();

  it('finds a person from the search box and shows two people of one name apart', async () => {
    await open('/');
    await page.getByRole('searchbox', { name: '查询' }).fill('王芳');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/search\?q=/);
    await page.locator('main a', { hasText: '王芳' }).first().click();
    await page.waitForURL(/\/person\//);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/person/王芳');
    expect(await page.locator('section.person').count()).toBe(2);
    const headings = await texts('section.person h2');
    expect(headings.some((h) => h.includes('白河县人民政府'))).toBe(true);
    expect(headings.some((h) => h.includes('青禾市人民政府'))).toBe(true);
  });

  it('shows an organisation on the day picked in the date picker, principal first, deputies in stated order', async () => {
    await open(`/org/${encodeURIComponent('青禾市交通局')}`);
    const picker = page.locator('input[type=date][name=asOf]');
    expect(await picker.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await picker.fill(FIXTURE.transportAppointed);
    await page.getByRole('button', { name: '查看' }).click();
    await page.waitForURL(new RegExp(`asOf=${FIXTURE.transportAppointed}`));
    expect(await texts('#holders tbody tr td:nth-child(2) a')).toEqual(['赵一', '孙三', '钱二', '李四']);
    expect(await texts('#holders tbody tr td:nth-child(1)')).toEqual(['局长', '副局长', '副局长', '副局长']);
  });

  it('marks an inferred end where the page shows it', async () => {
    await open(`/org/${encodeURIComponent('白河县农业局')}?asOf=2020-06-01`);
    const row = page.locator('#holders tbody tr', { hasText: '王芳' });
    await expect(row.locator('.inferred').innerText()).resolves.toBe('推断');
  });

  it('lists probations by window, sorts by a column, and links to the person', async () => {
    await open('/probations');
    expect(await texts('#probations tbody td:nth-child(2) a')).toEqual(['赵一']);
    await page.getByRole('link', { name: '未来60天' }).click();
    await page.waitForURL(/days=60/);
    expect(await texts('#probations tbody td:nth-child(2) a')).toEqual(['赵一', '郑七']);
    await page.locator('th a[data-sort=date]').click();
    await page.waitForURL(/sort=-date/);
    expect(await texts('#probations tbody td:nth-child(2) a')).toEqual(['郑七', '赵一']);
    await page.getByRole('link', { name: '赵一' }).click();
    await page.waitForURL(/\/person\//);
    expect(await page.locator('h1').innerText()).toBe('赵一');
  });

  it('goes from an event to its notice, where clauses are highlighted and the unread line marked', async () => {
    await open(`/person/${encodeURIComponent('钱二')}`);
    await page.locator('table.events a', { hasText: FIXTURE.transportNotice }).click();
    await page.waitForURL(/\/notice\/.*#L\d+$/);
    const clause = page.locator('.notice-text .clause', { hasText: '钱二为青禾市交通局副局长' });
    const background = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const unread = page.locator('.notice-text .unparsed');
    expect(await unread.allInnerTexts()).toEqual([FIXTURE.unreadableLine]);
    expect(await page.locator('.events-beside .event').count()).toBe(4);
  });

  it('keeps deep links stable: the same address gives the same answer after a reload', async () => {
    const path = `/org/${encodeURIComponent('白河县农业局')}?asOf=2021-05-01`;
    await open(path);
    const first = await texts('#holders tbody tr');
    await page.reload();
    expect(await texts('#holders tbody tr')).toEqual(first);
    expect(first.join('')).toContain('冯九');
  });

  it('offers the calendar feed from the header', async () => {
    await open('/');
    const href = await page.getByRole('link', { name: '订阅试用期日历' }).getAttribute('href');
    const res = await page.request.get(`${api.url}${href}`);
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await res.text()).toContain('试用期满：赵一 青禾市交通局局长');
  });
});
