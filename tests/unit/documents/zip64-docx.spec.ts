import { readDocument } from '@renmian/documents';
import { zipEntries } from '../../../libs/documents/src/zip-entries.util';
import { DOCUMENT_HEAD, DOCUMENT_TAIL, deflatedPart, docxWithBody, paragraph, storedPart } from '../../support/hostile-documents.util';

describe('readDocument: a Word document of more than 65,535 entries (ZIP64)', () => {
  // Filler entries (an export tool's thousands of tiny parts), document.xml last, where a reader
  // that trusted the classic 16-bit count would never reach it.
  const filler = Array.from({ length: 70_000 }, (_, i) => storedPart(`customXml/item${i}.bin`, 'x'));
  const body = deflatedPart('word/document.xml', DOCUMENT_HEAD + paragraph('任命柏云舟为青禾县财政局局长。') + DOCUMENT_TAIL);
  const docx = docxWithBody(body, filler);

  it('is written with a ZIP64 end record, the classic one saying 0xffff', () => {
    const eocd = docx.length - 22;
    expect(docx.readUInt16LE(eocd + 10)).toBe(0xffff);
    expect(docx.readUInt32LE(eocd - 20)).toBe(0x07064b50);
  });

  it('has every entry listed, document.xml the last', () => {
    const entries = zipEntries(docx)!;
    expect(entries).toHaveLength(70_003);
    expect(entries[entries.length - 1].name).toBe('word/document.xml');
  });

  it('is read', async () => {
    const doc = await readDocument(docx, { name: 'many-parts.docx' });
    expect(doc).toMatchObject({ kind: 'docx', text: '任命柏云舟为青禾县财政局局长。' });
    // 70,003 entries are walked in a worker thread: seconds on a loaded machine, not Jest's 5.
  }, 60_000);
});
