import type { Browser } from 'playwright-core';
import JSZip from 'jszip';
import type { ParseResult } from '@renmian/notice-parser';

/**
 * Documents made by the tests themselves, as offices receive them: a notice printed to PDF by
 * Chromium (two pages, a clause broken across the page break), the same notice as a Word document,
 * as a page saved from a site, and as a screenshot for OCR. Every name is invented.
 */

/** An event the notice states, as the parser gives it (type, person, position). */
export interface GoldEvent {
  type: 'appoint' | 'remove' | 'auto_remove';
  person: string;
  position: string;
}

export const NOTICE_TITLE = ['青禾县人民政府', '关于谷雨澄等同志职务任免的通知'];
export const NOTICE_NUMBER = '青政任〔2031〕7号';
export const NOTICE_DATE = '2031-03-01';

/** The notice's lines on page 1 and on page 2; the last line of page 1 breaks a clause in two. */
export const NOTICE_PAGES: string[][] = [
  [
    ...NOTICE_TITLE,
    NOTICE_NUMBER,
    '各乡镇人民政府，县政府各部门：',
    '经县人民政府研究决定：',
    '任命谷雨澄为青禾县文化旅游局局长（试用期一年）；',
    '任命符予安为青禾县教育局副局长；',
    '任命宋望舒为青禾县审计局局长；',
    '任命罗若谷为青禾县卫生健康局副局长；',
    '任命袁立新为青禾县交通运输局局长；',
    '任命邵明哲为青禾县自然资源局副局长；',
    '任命陶知远为青禾县水利',
  ],
  [
    '局副局长；',
    '免去何清和的青禾县文化旅游局局长职务；',
    '免去孟慕白的青禾县审计局局长职务；',
    '免去祁照川的青禾县水利局副局长职务；',
    '免去江海平的青禾县交通运输局局长职务；',
    '免去葛文彬的青禾县自然资源局副局长职务。',
    '青禾县人民政府',
    '2031年3月1日',
  ],
];

export const NOTICE_EVENTS: GoldEvent[] = [
  { type: 'appoint', person: '谷雨澄', position: '青禾县文化旅游局局长' },
  { type: 'appoint', person: '符予安', position: '青禾县教育局副局长' },
  { type: 'appoint', person: '宋望舒', position: '青禾县审计局局长' },
  { type: 'appoint', person: '罗若谷', position: '青禾县卫生健康局副局长' },
  { type: 'appoint', person: '袁立新', position: '青禾县交通运输局局长' },
  { type: 'appoint', person: '邵明哲', position: '青禾县自然资源局副局长' },
  { type: 'appoint', person: '陶知远', position: '青禾县水利局副局长' },
  { type: 'remove', person: '何清和', position: '青禾县文化旅游局局长' },
  { type: 'remove', person: '孟慕白', position: '青禾县审计局局长' },
  { type: 'remove', person: '祁照川', position: '青禾县水利局副局长' },
  { type: 'remove', person: '江海平', position: '青禾县交通运输局局长' },
  { type: 'remove', person: '葛文彬', position: '青禾县自然资源局副局长' },
];

/** The notice as plain text, one line per printed line. */
export function noticeText(): string {
  return NOTICE_PAGES.flat().join('\n') + '\n';
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The notice as a print page: a fixed layout in Noto CJK (Debian's fonts-noto-cjk), each page's
 * lines in its own block, the second forced onto a new page.
 */
export function noticePrintHtml(): string {
  const page = (lines: string[], i: number) =>
    `<section${i > 0 ? ' style="break-before: page"' : ''}>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</section>`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 14pt; margin: 0; }
    p { margin: 0 0 0.6em 0; }
  </style></head><body>${NOTICE_PAGES.map(page).join('')}</body></html>`;
}

/** The notice as a site shows it, with the site's navigation, scripts and styles around it. */
export function noticeSavedPageHtml(): string {
  const body = NOTICE_PAGES.flat().slice(2).map((l) => `<p>${escape(l)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(NOTICE_TITLE[1])}_青禾县人民政府门户网站</title>
<style>body { font: 14px sans-serif } .nav a { margin: 0 1em }</style>
<script>window.dataLayer = []; document.title = "任命某某为某职务";</script></head>
<body>
<header><div class="top">青禾县人民政府门户网站</div><nav class="nav"><a href="/">首页</a><a href="/zw">政务公开</a><a href="/rs">人事任免</a></nav></header>
<div class="breadcrumb">您的位置：首页 &gt; 政务公开 &gt; 人事任免</div>
<div class="main"><div class="article">
<h1>${escape(NOTICE_TITLE.join(''))}</h1>
${body}
</div></div>
<div class="share">分享到：微信 微博</div>
<footer>主办：青禾县人民政府办公室\u3000地址：青禾县中心路1号<script>var _hmt = [];</script></footer>
</body></html>`;
}

/** The notice printed to PDF by headless Chromium: A5 pages with `— N —` footers, as gazettes number them. */
export async function printNoticePdf(browser: Browser, html = noticePrintHtml()): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A5',
      margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="width:100%;text-align:center;font-size:10pt">— <span class="pageNumber"></span> —</div>',
    });
  } finally {
    await page.close();
  }
}

/** The notice as a screenshot of a single page (for OCR): black on white, 16 px text at device scale 2. */
export async function screenshotNoticePng(browser: Browser): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width: 900, height: 600 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const lines = [NOTICE_TITLE.join(''), ...NOTICE_PAGES.flat().slice(2)];
    await page.setContent(
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
        body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 18px; margin: 40px; background: #fff; color: #000; }
        p { margin: 0 0 0.5em 0; }
      </style></head><body>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</body></html>`,
      { waitUntil: 'load' },
    );
    return await page.screenshot({ fullPage: true, type: 'png' });
  } finally {
    await context.close();
  }
}

/** A scanned notice as offices receive one: a PDF page that is only an image, no text layer. */
export async function printImagePdf(browser: Browser, png: Buffer): Promise<Buffer> {
  const html = `<!DOCTYPE html><html><head><style>body { margin: 0 } img { width: 100%; }</style></head>
    <body><img src="data:image/png;base64,${png.toString('base64')}"></body></html>`;
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
  } finally {
    await page.close();
  }
}

/** A minimal Word document: one paragraph per line, built from WordprocessingML by hand. */
export async function buildDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Event F1 of a parse against the gold: events as a multiset of (type, person, position), after
 * NFKC and whitespace removal, as the project's scorer counts them.
 */
export function eventF1(gold: GoldEvent[], parsed: ParseResult): { f1: number; tp: number; fp: number; fn: number; missed: string[]; extra: string[] } {
  const key = (e: GoldEvent) => [e.type, e.person, e.position].map((s) => s.normalize('NFKC').replace(/\s+/g, '')).join('|');
  const want = new Map<string, number>();
  for (const e of gold) want.set(key(e), (want.get(key(e)) ?? 0) + 1);
  const got = parsed.notices.flatMap((n) => n.events);
  let tp = 0;
  const extra: string[] = [];
  for (const e of got) {
    const k = key(e);
    const n = want.get(k) ?? 0;
    if (n > 0) {
      tp++;
      want.set(k, n - 1);
    } else extra.push(k);
  }
  const missed = [...want].flatMap(([k, n]) => new Array<string>(n).fill(k));
  const fp = got.length - tp;
  const fn = gold.length - tp;
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return { f1, tp, fp, fn, missed, extra };
}
