import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { launchChromium } from '../support/browser.util';

jest.setTimeout(90_000);

// Read inside the page (this project compiles without the DOM's types).
declare const document: { documentElement: { scrollWidth: number } };

// Invented names throughout.
const noticeText = (number: string, person: string, post: string) =>
  [`# 梧桐县人民政府 关于任命${person}职务的通知`, `梧政任〔2025〕${number}号`, '县人民政府决定，任命：', `${person}为${post}。`, '梧桐县人民政府', '2025年4月1日'].join('\n');

/** Several files chosen at once, and a folder, at the desk in a real Chromium: no script needed. */
describe('many files at once at the desk in Chromium', () => {
  let api: ApiServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let folder: string;

  const submit = async (button: string, url: RegExp) => {
    await Promise.all([page.waitForURL(url), page.getByRole('button', { name: button }).first().click()]);
  };

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('API 密钥').fill(await api.key('editor', '赵编辑'));
    await submit('登录', new RegExp(`^${api.url}/$`));
    folder = mkdtempSync(join(tmpdir(), 'renmian-batch-'));
    mkdirSync(join(folder, '2025年'));
    writeFileSync(join(folder, '2025年', '四月.txt'), noticeText('41', '温雅舟', '梧桐县水利局局长'));
    writeFileSync(join(folder, '2025年', '五月.txt'), noticeText('51', '尤思齐', '梧桐县文旅局局长'));
    writeFileSync(join(folder, '2025年', '说明.txt'), '这个文件夹收着今年的任免通知。');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('previews three chosen files with a line each, confirms, and lists what each loaded with working links', async () => {
    await page.goto(`${api.url}/ingest`);
    await page.locator('input[type=file][name=file]').setInputFiles([
      { name: '一号.txt', mimeType: 'text/plain', buffer: Buffer.from(noticeText('1', '宁远航', '梧桐县教育局局长')) },
      { name: '二号.txt', mimeType: 'text/plain', buffer: Buffer.from(noticeText('2', '符晓岚', '梧桐县卫生健康局局长')) },
      { name: '损坏.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nnot really a pdf') },
    ]);
    await submit('预览', /\/ingest\/preview$/);
    expect(await page.locator('h1').innerText()).toBe('预览：3 个文件');
    expect(await page.locator('#files tbody tr td.status').allInnerTexts()).toEqual(['新文件，将载入', '新文件，将载入', '无法载入']);
    expect(await page.locator('#files tr.refused .reason').innerText()).toContain('损坏.pdf');
    // Nothing is cut at 1280 px: the table fits the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await submit('确认载入', /\/ingest\/batch\/[\w-]+$/);
    expect(await page.locator('.message').innerText()).toBe('2 个文件已载入（共 2 份新通知、2 项任免），0 个已载入过，1 个未载入。');
    expect(await page.locator('#loaded-files td.status').allInnerTexts()).toEqual(['已载入', '已载入', '未载入']);
    const links = await page.locator('#loaded-files a').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(links).toHaveLength(2);
    for (const href of links) expect((await page.request.get(href)).status()).toBe(200);
    await Promise.all([page.waitForURL(/\/notice\//), page.locator('#loaded-files a').first().click()]);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/notice/梧政任〔2025〕1号');
  });

  it('takes a whole folder: two notices loaded, a file without a notice refused and told why', async () => {
    await page.goto(`${api.url}/ingest`);
    await page.locator('input[type=file][name=folder]').setInputFiles(join(folder, '2025年'));
    await submit('预览', /\/ingest\/preview$/);
    const rows = await page.locator('#files tbody tr').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.includes('说明.txt'))).toContain('没有找到任免通知');
    await submit('确认载入', /\/ingest\/batch\/[\w-]+$/);
    expect(await page.locator('.message').innerText()).toBe('2 个文件已载入（共 2 份新通知、2 项任免），0 个已载入过，1 个未载入。');
  });
});
