import { DocumentError, readDocument } from '@renmian/documents';
import { disguisedDocxBomb, docxBomb, manyPagesPdf, pdfStreamBomb, pngHeader, residentMb, selfReferencingPdf } from '../../support/hostile-documents.util';

/**
 * Documents made to hurt the reader (made here, by code: no bomb is committed), each refused in
 * seconds with a Chinese sentence for the clerk that holds no library's words, the process's
 * memory staying far from the gigabytes these took before.
 */
async function refusal(bytes: Uint8Array, name: string): Promise<{ e: DocumentError; ms: number; grewMb: number }> {
  const before = residentMb();
  let peak = before;
  const watch = setInterval(() => (peak = Math.max(peak, residentMb())), 20);
  const t0 = Date.now();
  const e = await readDocument(bytes, { name }).then(
    () => {
      throw new Error(`${name} was read`);
    },
    (x: unknown) => x,
  );
  const ms = Date.now() - t0;
  clearInterval(watch);
  expect(e).toBeInstanceOf(DocumentError);
  return { e: e as DocumentError, ms, grewMb: Math.max(peak, residentMb()) - before };
}

/**
 * A sentence in Chinese saying what to do, with none of the internals a clerk cannot act on: no
 * hex, no program's or library's words (`pixRead`, `inflate`); names of formats (PDF, PNG, Word) pass.
 */
function expectClerkSentence(e: DocumentError): void {
  expect(e.zh).toMatch(/[\u4e00-\u9fff]{2}/);
  expect(e.zh).toContain('：请');
  expect(e.zh).not.toMatch(/0x|[a-z]{4,}/);
}

describe('readDocument: hostile documents are refused in seconds, in bounded memory', () => {
  it('refuses a 650 KB DOCX whose document.xml inflates to 150 MB, while inflating', async () => {
    const bomb = docxBomb(150);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { e, ms, grewMb } = await refusal(bomb, 'bomb.docx');
    expect(e).toMatchObject({ code: 'TOO_LARGE', status: 413, file: 'bomb.docx' });
    expect(e.detail).toMatch(/word\/document\.xml inflates past/);
    expectClerkSentence(e);
    expect(ms).toBeLessThan(10_000);
    expect(grewMb).toBeLessThan(300);
  });

  it('refuses a DOCX whose part claims 1,000 bytes and inflates to 4 GB: the claim is not believed', async () => {
    const { e, ms, grewMb } = await refusal(docxBomb(4096, 1000), 'liar.docx');
    expect(e.code).toBe('TOO_LARGE');
    expect(ms).toBeLessThan(10_000);
    expect(grewMb).toBeLessThan(300);
  });

  it('counts a main document disguised as an image (word/media/image1.png) against the budget', async () => {
    const { e, ms, grewMb } = await refusal(disguisedDocxBomb(1024), 'disguised.docx');
    expect(e).toMatchObject({ code: 'TOO_LARGE', detail: 'word/media/image1.png inflates past 8388608 bytes' });
    expect(ms).toBeLessThan(10_000);
    expect(grewMb).toBeLessThan(300);
  });

  it('refuses a PDF whose content stream inflates to 1 GB, before pdfjs opens it', async () => {
    const { e, ms, grewMb } = await refusal(pdfStreamBomb(1024), 'stream-bomb.pdf');
    expect(e).toMatchObject({ code: 'TOO_LARGE', status: 413 });
    expect(e.detail).toMatch(/stream at byte \d+ inflates past 67108864 bytes/);
    expectClerkSentence(e);
    expect(ms).toBeLessThan(10_000);
    expect(grewMb).toBeLessThan(300);
  });

  it.each([
    [10_000, 15_000],
    [100_000, 30_000],
  ])('refuses a PDF of %i tiny pages from its page count, before one page is read', async (pages, withinMs) => {
    const { e, ms } = await refusal(manyPagesPdf(pages), 'pages.pdf');
    expect(e).toMatchObject({ code: 'TOO_LARGE', reason: `${pages} pages, more than the 2000 read at once: split the PDF, or load the pages holding the notices` });
    expect(e.zh).toBe(`PDF 共 ${pages} 页，超过一次可读取的 2000 页：请拆分 PDF，或只上传载有通知的页面`);
    expect(ms).toBeLessThan(withinMs);
  });

  it('still reads a PDF of many pages within the limit', async () => {
    const doc = await readDocument(manyPagesPdf(300), { name: 'long.pdf' });
    expect(doc).toMatchObject({ kind: 'pdf', pageCount: 300 });
    expect(doc.text.split('\n').filter((l) => l === 'x')).toHaveLength(300);
  });

  it('gives the one damaged-PDF answer for a page tree that points at itself, its words for the log only', async () => {
    const pdf = selfReferencingPdf();
    expect(pdf.length).toBeLessThan(400);
    const { e } = await refusal(pdf, 'loop.pdf');
    expect(e).toMatchObject({ code: 'UNREADABLE', status: 400, reason: 'a damaged PDF: check that it opens in a PDF viewer, then print it to PDF again' });
    expect(e.detail).toMatch(/circular/i);
    expectClerkSentence(e);
  });

  it('refuses an image declaring 60,000 × 60,000 pixels from its header, before any program decodes it', async () => {
    const { e, ms } = await refusal(pngHeader(60_000, 60_000), 'huge.png');
    expect(e).toMatchObject({ code: 'TOO_LARGE', status: 413 });
    expect(e.zh).toContain('60000×60000 像素');
    expect(ms).toBeLessThan(5_000);
  });

  it('refuses an image whose header is broken as damaged, in Chinese', async () => {
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not a chunk at all')]);
    const { e } = await refusal(broken, 'broken.png');
    expect(e).toMatchObject({ code: 'UNREADABLE', status: 400 });
    expectClerkSentence(e);
  });
});
