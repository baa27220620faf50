import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { launchChromium } from '../support/browser.util';
import { printNoticePdf, screenshotNoticePng } from '../support/document-fixtures.util';

jest.setTimeout(90_000);

// An invented notice, printed to PDF by Chromium as an office would receive it; one line is
// unreadable (a stamp over the text), which the review queue lists.
const NUMBER = '白政任〔2025〕12号';
const LINES = [
  '白石县人民政府',
  '关于任免庞书远等同志职务的通知',
  NUMBER,
  '各乡镇人民政府，县政府各部门：',
  '经县人民政府研究决定：',
  '任命庞书远为白石县农业农村局局长（试用期一年）；',
  '任命闵若溪为白石县农业农村局副局长；',
  '此处印章覆盖文字无法辨认；',
  '免去卜长庚的白石县农业农村局局长职务。',
  '白石县人民政府',
  '2025年3月1日',
];

function printPage(lines: string[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 14pt; margin: 0; } p { margin: 0 0 .6em 0; }
  </style></head><body>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</body></html>`;
}

/** The desk as a personnel office uses it, in a real headless Chromium. */
describe('the web desk in Chromium', () => {
  let api: ApiServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let editorKey: string;
  let pdf: Buffer;

  const open = (path: string) => page.goto(`${api.url}${path}`);
  const submit = async (button: string, url: RegExp) => {
    await Promise.all([page.waitForURL(url), page.getByRole('button', { name: button }).first().click()]);
  };

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
    editorKey = await api.key('editor', '王编辑');
    pdf = await printNoticePdf(browser, printPage(LINES));
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
  });

  it('signs in with an API key and shows who is signed in, with the desk’s pages', async () => {
    await open('/review');
    await page.waitForURL(/\/sign-in\?next=%2Freview/);
    await page.getByLabel('API 密钥').fill(editorKey);
    await submit('登录', /\/review$/);
    expect(await page.locator('header .who').innerText()).toBe('王编辑（编辑）');
    for (const name of ['载入通知', '待核查', '操作记录']) expect(await page.locator('header').getByRole('link', { name }).count()).toBe(1);
  });

  it('uploads the PDF, previews its events and its unread line, confirms, and the organisation shows the new holder', async () => {
    await page.locator('header').getByRole('link', { name: '载入通知' }).click();
    await page.waitForURL(/\/ingest$/);
    await page.locator('input[type=file][name=file]').setInputFiles({ name: '白石县任免通知.pdf', mimeType: 'application/pdf', buffer: pdf });
    await submit('预览', /\/ingest\/preview$/);
    expect(await page.locator('h1').innerText()).toBe('预览：白石县任免通知.pdf');
    const beside = await page.locator('.events-beside .event').allInnerTexts();
    expect(beside.map((t) => t.split('\n')[0].trim())).toEqual([
      '任命：庞书远 白石县农业农村局局长（试用期一年） 2025年3月1日',
      '任命：闵若溪 白石县农业农村局副局长 2025年3月1日',
      '免去：卜长庚 白石县农业农村局局长 2025年3月1日',
    ]);
    expect(await page.locator('.notice-text .unparsed').allInnerTexts()).toEqual(['此处印章覆盖文字无法辨认；']);
    expect(await page.locator('#summary').innerText()).toContain('1 行未能读取');
    await submit('确认载入', /\/ingest\/loaded\/\d+$/);
    expect(await page.locator('.message.ok').innerText()).toBe('已从文件“白石县任免通知.pdf”载入 1 份新通知、3 项任免，1 行未能读取（已列入待核查）。');
    await Promise.all([page.waitForURL(/\/notice\//), page.locator('#loaded a').first().click()]);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/notice/${NUMBER}`);
    expect(await page.locator('section.notice').innerText()).toContain('原件：白石县任免通知.pdf PDF，共1页');
    expect(await page.locator('.events-beside .event', { hasText: '庞书远' }).innerText()).toContain('第1页');
    await open(`/org/${encodeURIComponent('白石县农业农村局')}`);
    expect(await page.locator('#holders tbody tr td:nth-child(2) a').allInnerTexts()).toEqual(['庞书远', '闵若溪']);
  });

  it('marks a notice read from a scan by OCR, in the preview and on the notice page', async () => {
    await open('/ingest');
    await page.locator('input[type=file][name=file]').setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: await screenshotNoticePng(browser) });
    await submit('预览', /\/ingest\/preview$/);
    expect(await page.locator('.message.warn', { hasText: 'OCR' }).count()).toBe(1);
    expect(await page.locator('.events-beside .event').count()).toBeGreaterThan(5);
    await submit('确认载入', /\/ingest\/loaded\/\d+$/);
    await Promise.all([page.waitForURL(/\/notice\//), page.locator('#loaded a').first().click()]);
    expect(await page.locator('.message.ocr').innerText()).toContain('经 OCR 识别得出');
  });

  it('dismisses a review item with a reason', async () => {
    await page.locator('header').getByRole('link', { name: '待核查' }).click();
    const item = page.locator('li.review-item', { hasText: '此处印章覆盖文字无法辨认' }).first();
    const id = await item.getAttribute('data-id');
    await item.getByLabel('忽略的理由').fill('印章覆盖处已核对纸本，无任免内容');
    await Promise.all([page.waitForURL(/\/review\?dismissed=1$/), item.getByRole('button', { name: '忽略' }).click()]);
    expect(await page.locator('.message.ok').innerText()).toContain('已忽略该项');
    expect(await page.locator(`li.review-item[data-id="${id}"]`).count()).toBe(0);
  });

  it('corrects an event from the notice page; the person page and the audit log show the correction and its reason', async () => {
    await open(`/notice/${encodeURIComponent(NUMBER)}`);
    await page.locator('.events-beside .event', { hasText: '闵若溪' }).getByRole('link', { name: '更正' }).click();
    await page.waitForURL(/\/correct\/event\/\d+$/);
    await page.getByLabel('人员', { exact: true }).fill('闵若曦');
    await page.getByLabel('更正理由').fill('扫描件把“曦”识别成“溪”，已核对纸本');
    await submit('保存更正', /\/person\//);
    expect(await page.locator('h1').innerText()).toBe('闵若曦');
    expect(await page.locator('.message.ok').innerText()).toContain('已保存更正');
    expect(await page.locator('table.events .corrected').innerText()).toContain('扫描件把“曦”识别成“溪”，已核对纸本');
    await page.locator('header').getByRole('link', { name: '操作记录' }).click();
    const entry = page.locator('#audit > tbody > tr', { hasText: '更正任免事项' });
    expect(await entry.locator('td.reason').innerText()).toBe('扫描件把“曦”识别成“溪”，已核对纸本');
    expect(await entry.locator('table.changes').innerText()).toMatch(/人员\s+闵若溪\s+→ 闵若曦/);
    // The entry links to what it changed.
    await Promise.all([page.waitForURL(/\/person\//), entry.getByRole('link', { name: /人员：闵若曦/ }).click()]);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/person/闵若曦');
  });

  it('refuses a form whose csrf field was taken out: 403, nothing dismissed', async () => {
    await open('/review');
    const item = page.locator('li.review-item').first();
    const id = await item.getAttribute('data-id');
    await item.locator('input[name=csrf]').evaluate((el) => (el as unknown as { remove(): void }).remove());
    await item.getByLabel('忽略的理由').fill('无校验码');
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/review/dismiss')), item.getByRole('button', { name: '忽略' }).click()]);
    expect(response.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('表单已失效');
    await open('/review');
    expect(await page.locator(`li.review-item[data-id="${id}"]`).count()).toBe(1);
  });

  it('signs out: the desk asks for a key again', async () => {
    await open('/');
    await Promise.all([page.waitForURL(/\/sign-in$/), page.locator('header').getByRole('button', { name: '退出' }).click()]);
    expect(await page.locator('header').getByRole('link', { name: '登录' }).count()).toBe(1);
    await open('/audit');
    await page.waitForURL(/\/sign-in\?next=/);
  });

  it('shows a reader the desk but does not let them confirm a load', async () => {
    const readerContext = await browser.newContext();
    try {
      const reader = await readerContext.newPage();
      await reader.goto(`${api.url}/sign-in`);
      await reader.getByLabel('API 密钥').fill(await api.key('reader', '李读者'));
      await Promise.all([reader.waitForURL(`${api.url}/`), reader.getByRole('button', { name: '登录' }).click()]);
      await reader.goto(`${api.url}/ingest`);
      expect(await reader.getByRole('button', { name: '预览' }).isDisabled()).toBe(true);
      expect(await reader.locator('.message.warn').innerText()).toContain('只读账号');
      // An editor's preview exists; the reader sends its confirmation anyway, from the page itself.
      const editor = await browser.newContext();
      const editorPage = await editor.newPage();
      await editorPage.goto(`${api.url}/sign-in`);
      await editorPage.getByLabel('API 密钥').fill(editorKey);
      await Promise.all([editorPage.waitForURL(`${api.url}/`), editorPage.getByRole('button', { name: '登录' }).click()]);
      await editorPage.goto(`${api.url}/ingest`);
      await editorPage.locator('textarea[name=text]').fill(LINES.join('\n').replace(/12号/g, '13号').replace('庞书远', '庞书然'));
      await Promise.all([editorPage.waitForURL(/preview/), editorPage.getByRole('button', { name: '预览' }).click()]);
      const token = await editorPage.locator('input[name=preview]').first().inputValue();
      await editor.close();
      // From a public page: the desk's own pages allow no script requests at all (their CSP).
      await reader.goto(`${api.url}/`);
      const csrf = await reader.locator('header input[name=csrf]').inputValue();
      const answer = await reader.evaluate(
        async ([csrf, token]) => {
          const r = await fetch('/ingest/confirm', { method: 'POST', body: new URLSearchParams({ csrf, preview: token }), redirect: 'manual' });
          return { status: r.status, text: await r.text() };
        },
        [csrf, token],
      );
      expect(answer.status).toBe(403);
      expect(answer.text).toContain('只读账号');
      await reader.goto(`${api.url}/notice/${encodeURIComponent('白政任〔2025〕13号')}`);
      expect(await reader.locator('h1').innerText()).toBe('未找到通知');
    } finally {
      await readerContext.close();
    }
  });
});
