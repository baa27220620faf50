import { DocumentError, readDocument } from '@renmian/documents';
import { readDocumentInThread } from '../../../libs/documents/src/read-in-thread';
import { rasterDpi } from '../../../libs/documents/src/tools/pdftoppm.tool';
import { buildDocx } from '../../support/document-fixtures.util';
import { docxBomb } from '../../support/hostile-documents.util';

/**
 * Documents are read in a worker thread: what gets past the readers' own checks is ended by the
 * worker's limits (heap, a stall timer, the process's resident memory), answered as TOO_LARGE,
 * and the next document is read as usual. Here the checks are widened so that a 30 MB body
 * reaches mammoth, and each limit is made small enough to be the one that stops it.
 */
describe('readDocument: the reading worker and its limits', () => {
  const body = docxBomb(30);
  const past = { docxXmlBytes: 1e9 };

  it.each([
    ['its heap', { ...past, workerHeapMb: 96 }, 'memory', /heap passed 96 MB/],
    ['a stall timer', { ...past, stallMs: 150 }, 'time', /no step finished in 150 ms/],
    ['a gain in the process\'s resident memory', { ...past, memoryGrowthMb: 20 }, 'memory', /resident memory grew \d+ MB, more than 20 MB/],
  ])('ends a read that passes %s with TOO_LARGE, and reads the next document', async (_what, limits, what, detail) => {
    const e = await readDocument(body, { name: 'big.docx', limits }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocumentError);
    expect(e).toMatchObject({ code: 'TOO_LARGE', status: 413, detail: expect.stringMatching(detail) });
    expect((e as DocumentError).zh).toContain(what === 'memory' ? '内存超出限制' : '超时');
    const next = await readDocument(await buildDocx(['任命柏云舟为青禾县财政局局长。']), { name: 'next.docx' });
    expect(next.text).toBe('任命柏云舟为青禾县财政局局长。');
  });

  it('costs little on a usual document once a worker is warm (figures printed)', async () => {
    const docx = await buildDocx(Array.from({ length: 40 }, (_, i) => `任命柏云舟${i}为青禾县财政局局长。`));
    await readDocument(docx, { name: 'warm.docx' });
    const time = async (read: () => Promise<unknown>) => {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < 10; i++) await read();
      return Number(process.hrtime.bigint() - t0) / 1e6 / 10;
    };
    const inWorker = await time(() => readDocument(docx, { name: 'a.docx' }));
    const inThread = await time(() => readDocumentInThread(docx, { name: 'a.docx' }));
    process.stdout.write(`reading a 40-paragraph DOCX: ${inWorker.toFixed(1)} ms in the worker, ${inThread.toFixed(1)} ms in the calling thread\n`);
    expect(inWorker).toBeLessThan(inThread + 50);
  });

  it('reads documents side by side, each in its own worker', async () => {
    const docs = await Promise.all([1, 2, 3].map(async (i) => readDocument(await buildDocx([`任命柏云舟${i}为局长。`]), { name: `${i}.docx` })));
    expect(docs.map((d) => d.text)).toEqual(['任命柏云舟1为局长。', '任命柏云舟2为局长。', '任命柏云舟3为局长。']);
  });
});

describe('rasterDpi: a scanned page is rasterised within a pixel budget', () => {
  const budget = 12_000_000;
  it.each([
    ['A4', 595, 842, 300],
    ['A3', 842, 1191, 249],
    ['a 5,000 pt square', 5000, 5000, 49],
    ['a 10,000 pt square', 10_000, 10_000, 24],
  ])('%s at %i × %i pt gets %i dpi, within budget', (_what, w, h, dpi) => {
    expect(rasterDpi({ width: w, height: h }, budget)).toBe(dpi);
    expect((w / 72) * dpi * (h / 72) * dpi).toBeLessThanOrEqual(budget);
  });

  it('gives none for a page that would pass the budget even at 10 dpi (a 200,000 × 14,400 pt strip)', () => {
    expect(rasterDpi({ width: 200_000, height: 14_400 }, budget)).toBeNull();
  });
});
