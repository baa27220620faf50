import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { launchChromium } from '../support/browser.util';
import { SUCCESSION_NOTICES } from '../support/succession-fixtures.util';

jest.setTimeout(120_000);

// Runs inside the page, where the DOM has it; the project's TypeScript has no DOM library.
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelectorAll: (s: string) => ArrayLike<{ getAttribute: (n: string) => string | null; getBoundingClientRect: () => { left: number; right: number; width: number } }>;
  getElementById: (id: string) => { textContent: string | null; tagName: string } | null;
};
declare const window: { innerWidth: number };

const enc = encodeURIComponent;
/** Each page with a picture: the table that says the same in words, and how many bars the picture has. */
const PICTURE_PAGES = [
  { name: 'succession', path: `/post/${enc('柏川市林业局局长')}`, table: '#succession', bars: 4, links: '/notice/' },
  { name: 'organisation', path: `/org/${enc('柏川市林业局')}?asOf=2018-10-01&from=2014&to=2024`, table: '#org-timeline-table', bars: 5, links: '/post/' },
  { name: 'career', path: `/person/${enc('牛晓风')}`, table: 'table.tenures', bars: 3, links: '/post/' },
];

/**
 * The pictures of issue 22 in a real Chromium: each SVG present and named by its caption, with a
 * table beside it; nothing cut at 1280 px wide or when printed; every link on the page resolving.
 * RENMIAN_SCREENSHOTS=<dir> also saves each page, to look at.
 */
describe('succession, organisation and career pictures in Chromium', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    const key = await api.editorKey();
    for (const [i, t] of SUCCESSION_NOTICES.entries()) {
      const r = await api.gql('mutation($t: String!, $f: String) { ingest(text: $t, filename: $f) { loaded } }', { t, f: `s${i}.txt` }, key);
      if (JSON.stringify(r.data) !== '{"ingest":{"loaded":true}}') throw new Error(`load ${i} failed: ${JSON.stringify(r)}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(() => page.close());

  const open = async (path: string) => {
    const res = await page.goto(`${api.url}${path}`);
    expect(res?.status()).toBe(200);
  };

  it.each(PICTURE_PAGES)('$name: the picture is an image named by its caption, with a table of the same', async ({ path, table, bars }) => {
    await open(path);
    const img = page.getByRole('img', { name: /时间图/ });
    expect(await img.count()).toBe(1);
    const labelledBy = await img.getAttribute('aria-labelledby');
    const caption = await page.evaluate((id) => {
      const el = document.getElementById(id!);
      return el && { tag: el.tagName, text: el.textContent };
    }, labelledBy);
    expect(caption?.tag).toBe('FIGCAPTION');
    expect(caption?.text).toContain('列出同样内容');
    expect(await page.locator('figure.timeline svg g.bar').count()).toBe(bars);
    // The table says what the picture draws: a row per bar.
    expect(await page.locator(`${table} tbody tr`).count()).toBe(bars);
  });

  it.each(PICTURE_PAGES)('$name: nothing cut at 1280 px wide, nor in print', async ({ name, path }) => {
    const overflow = () =>
      page.evaluate(() => {
        const out: string[] = [];
        if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push(`page ${document.documentElement.scrollWidth}px wide`);
        const all = document.querySelectorAll('svg, table, figure');
        for (let i = 0; i < all.length; i++) {
          const r = all[i].getBoundingClientRect();
          if (r.left < 0 || r.right > window.innerWidth) out.push(`element ${i} spans ${r.left}–${r.right}`);
        }
        return out;
      });
    await open(path);
    expect(await overflow()).toEqual([]);
    if (process.env.RENMIAN_SCREENSHOTS) {
      mkdirSync(process.env.RENMIAN_SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(process.env.RENMIAN_SCREENSHOTS, `${name}-1280.png`), fullPage: true });
    }
    // An A4 page printed at 96 dpi less margins is about 700 px wide.
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await overflow()).toEqual([]);
    expect(await page.locator('figure.timeline svg').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.RENMIAN_SCREENSHOTS) await page.screenshot({ path: join(process.env.RENMIAN_SCREENSHOTS, `${name}-print.png`), fullPage: true });
  });

  it.each(PICTURE_PAGES)('$name: every link resolves, in the picture and in the tables', async ({ path, links }) => {
    await open(path);
    const hrefs = await page.evaluate(() => {
      const out: string[] = [];
      const links = document.querySelectorAll('a[href]');
      for (let i = 0; i < links.length; i++) out.push(links[i].getAttribute('href')!);
      return out;
    });
    expect(hrefs.some((h) => h.startsWith(links))).toBe(true);
    const broken: string[] = [];
    for (const href of [...new Set(hrefs)]) {
      if (href.startsWith('#')) {
        if (!(await page.evaluate((id) => document.getElementById(id) !== null, href.slice(1)))) broken.push(href);
        continue;
      }
      const [target, fragment] = href.split('#');
      const res = await page.request.get(`${api.url}${target}`);
      if (res.status() !== 200) broken.push(`${res.status()} ${href}`);
      else if (fragment && !(await res.text()).includes(`id="${fragment}"`)) broken.push(`no #${fragment} in ${target}`);
    }
    expect(broken).toEqual([]);
  });

  it('the organisation page redraws over the years the clerk picks', async () => {
    await open(`/org/${enc('柏川市林业局')}?asOf=2018-10-01`);
    await page.locator('input[name=from]').fill('2019');
    await page.locator('input[name=to]').fill('2022');
    await page.getByRole('button', { name: '显示' }).click();
    await page.waitForURL(/from=2019&to=2022/);
    expect(await page.locator('#timeline-heading').innerText()).toBe('2019年至2022年任职时间图');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2018-10-01');
    expect(await page.locator('#vacancies tbody tr').allInnerTexts()).toEqual([expect.stringContaining('由牛晓风代理')]);
  });
});
