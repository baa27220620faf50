import { readDocument } from '@renmian/documents';
import { encodeGbk, encodeUtf16 } from '../../support/hostile-documents.util';

// An invented notice, as Windows Notepad saves it (CRLF line ends).
const NOTICE = '青禾县人民政府关于任免柏云舟职务的通知\r\n任命柏云舟为青禾县财政局局长；\r\n免去柏云舟的青禾县审计局副局长职务。\r\n';
const READ = NOTICE.replace(/\r\n/g, '\n');

describe('readDocument: text in the encodings offices save it in', () => {
  it.each([
    ['GBK ("ANSI" on a Chinese Windows)', () => encodeGbk(NOTICE), 'GBK'],
    ['UTF-16LE with a BOM (Notepad\'s "Unicode")', () => encodeUtf16(NOTICE, 'le', true), 'UTF-16LE'],
    ['UTF-16LE without a BOM', () => encodeUtf16(NOTICE, 'le', false), 'UTF-16LE'],
    ['UTF-16BE with a BOM ("Unicode big endian")', () => encodeUtf16(NOTICE, 'be', true), 'UTF-16BE'],
    ['UTF-16BE without a BOM', () => encodeUtf16(NOTICE, 'be', false), 'UTF-16BE'],
    ['UTF-8 with a BOM', () => Buffer.from('\ufeff' + NOTICE), 'UTF-8'],
  ])('reads %s and says which it was', async (_what, make, encoding) => {
    const doc = await readDocument(make(), { name: 'notice.txt' });
    expect(doc).toMatchObject({ kind: 'text', text: READ, encoding });
  });

  it('reads GB18030 beyond GBK (a four-byte character) and calls it GB18030', async () => {
    // U+20000 (𠀀) is 0x95 0x32 0x82 0x36 in GB18030; GBK has no code for it.
    const bytes = Buffer.concat([encodeGbk('任命柏'), Buffer.from([0x95, 0x32, 0x82, 0x36]), encodeGbk('为青禾县财政局局长。\r\n')]);
    const doc = await readDocument(bytes, { name: 'gb18030.txt' });
    expect(doc).toMatchObject({ encoding: 'GB18030', text: '任命柏𠀀为青禾县财政局局长。\n' });
  });

  it('refuses bytes that are text in none of them', async () => {
    const e = await readDocument(Buffer.from([0x41, 0xff, 0x0a]), { name: 'odd.txt' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'NOT_A_DOCUMENT', status: 415 });
  });

  it('gives no encoding for kinds that are not plain text', async () => {
    const doc = await readDocument(Buffer.from('<!DOCTYPE html><html><body><p>任命柏云舟为局长。</p></body></html>'), { name: 'a.html' });
    expect(doc.encoding).toBeNull();
  });
});
