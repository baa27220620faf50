import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { DocumentError, ReadDocument, readDocument } from '@renmian/documents';
import { parseNotices } from '@renmian/notice-parser';
import { launchChromium } from '../../support/browser.util';
import { NOTICE_EVENTS, NOTICE_NUMBER, eventF1, printNoticePdf } from '../../support/document-fixtures.util';
import { runRequiredTool } from '../../support/tools.util';

/** The notice printed by Chromium: two A5 pages, `— N —` footers, a clause broken across the break. */
let pdf: Buffer;
let dir: string;
let doc: ReadDocument;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'renmian-pdf-test-'));
  const browser: Browser = await launchChromium();
  try {
    pdf = await printNoticePdf(browser);
  } finally {
    await browser.close();
  }
  // Nothing may be fetched: any attempt fails the read.
  const fetchBefore = globalThis.fetch;
  globalThis.fetch = () => Promise.reject(new Error('fetch attempted while reading a PDF'));
  try {
    doc = await readDocument(pdf, { name: 'notice.pdf' });
  } finally {
    globalThis.fetch = fetchBefore;
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDocument: a PDF with a text layer (printed by Chromium)', () => {
  it('reads its CJK text in reading order, from the package’s own character maps', () => {
    expect(doc).toMatchObject({ kind: 'pdf', pageCount: 2, ocr: false });
    const lines = doc.text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['青禾县人民政府', '关于谷雨澄等同志职务任免的通知', NOTICE_NUMBER]);
    // No radical code points (⻘, ⺠) from the font's ToUnicode map survive.
    expect(doc.text).not.toMatch(/[\u2e80-\u2fdf]/);
  });

  it('keeps the page break as furniture the parser sets aside, and gives each line its page', () => {
    const lines = doc.text.split('\n');
    const broken = lines.indexOf('任命陶知远为青禾县水利');
    expect(lines.slice(broken, broken + 4)).toEqual(['任命陶知远为青禾县水利', '— 1 —', '', '局副局长；']);
    expect(doc.linePages).toHaveLength(lines.length);
    expect(doc.linePages[broken]).toBe(1);
    expect(doc.linePages[broken + 2]).toBeNull();
    expect(doc.linePages[broken + 3]).toBe(2);
  });

  it('gives the parser every event, the broken clause included, each on a line with its page', () => {
    const parsed = parseNotices(doc.text);
    expect(eventF1(NOTICE_EVENTS, parsed).f1).toBe(1);
    expect(parsed.notices[0]).toMatchObject({ docNumber: NOTICE_NUMBER, date: '2031-03-01' });
    const pageOf = (person: string) => doc.linePages[parsed.notices[0].events.find((e) => e.person === person)!.source.line - 1];
    expect(pageOf('陶知远')).toBe(1);
    expect(pageOf('何清和')).toBe(2);
  });

  it('decodes text in a predefined Chinese CMap (UniGB-UCS2-H, font not embedded) from the installed maps', async () => {
    const fetchBefore = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new Error('fetch attempted while reading a PDF'));
    try {
      const read = await readDocument(predefinedCMapPdf('任命甲某为局长。'), { name: 'gb1.pdf' });
      expect(read.text).toBe('任命甲某为局长。');
    } finally {
      globalThis.fetch = fetchBefore;
    }
  });

  it('says a PDF that needs a password is ENCRYPTED (400), naming the file and what to do', async () => {
    const plain = join(dir, 'plain.pdf');
    const locked = join(dir, 'locked.pdf');
    writeFileSync(plain, pdf);
    runRequiredTool('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', plain, locked], 'qpdf');
    const e = await readDocument(readFileSync(locked), { name: 'locked.pdf' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocumentError);
    expect(e).toMatchObject({ code: 'ENCRYPTED', status: 400 });
    expect((e as Error).message).toMatch(/^locked\.pdf: the PDF is protected by a password: save or print it again without the password/);
  });

  it('reads a PDF restricted only by an owner password (it opens without one)', async () => {
    const plain = join(dir, 'plain.pdf');
    const restricted = join(dir, 'restricted.pdf');
    writeFileSync(plain, pdf);
    runRequiredTool('qpdf', ['--encrypt', '', 'owner-secret', '256', '--print=none', '--', plain, restricted], 'qpdf');
    const read = await readDocument(readFileSync(restricted), { name: 'restricted.pdf' });
    expect(read.text).toBe(doc.text);
  });

  it('says a damaged PDF is UNREADABLE', async () => {
    const e = await readDocument(Buffer.concat([pdf.subarray(0, 400), Buffer.from('garbage')]), { name: 'cut.pdf' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'UNREADABLE', status: 400 });
    expect((e as Error).message).toMatch(/^cut\.pdf: /);
  });
});

/**
 * A one-page PDF written by hand whose text is shown in STSong-Light (not embedded) through the
 * predefined CMap UniGB-UCS2-H, as older Chinese office software writes: reading it needs the
 * CMap and the Adobe-GB1 to Unicode map, which pdfjs must take from the installed package.
 */
function predefinedCMapPdf(text: string): Buffer {
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 16 Tf 72 750 Td <${hex}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
