import { createHash } from 'crypto';
import { DocumentError, readDocument } from '@renmian/documents';

describe('readDocument: UTF-8 text', () => {
  it('strips the BOM, ends lines in \\n and keeps the bytes’ sha256', async () => {
    const bytes = Buffer.from('\ufeff第一行\r\n第二行\r\n', 'utf8');
    const doc = await readDocument(bytes, { name: 'a.txt' });
    expect(doc).toEqual({
      kind: 'text',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      pageCount: null,
      text: '第一行\n第二行\n',
      ocr: false,
      linePages: [null, null, null],
      encoding: 'UTF-8',
    });
  });

  it.each([
    ['an empty file', ''],
    ['whitespace alone', ' \n\t\u3000\r\n'],
  ])('refuses %s as EMPTY (400)', async (_what, content) => {
    const e = await readDocument(Buffer.from(content, 'utf8'), { name: 'blank.txt' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocumentError);
    expect(e).toMatchObject({ code: 'EMPTY', status: 400, file: 'blank.txt' });
    expect((e as Error).message).toMatch(/^blank\.txt: /);
  });

  it('refuses random bytes as NOT_A_DOCUMENT (415), naming the file', async () => {
    const e = await readDocument(new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x02]), { name: 'noise.bin' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'NOT_A_DOCUMENT', status: 415 });
    expect((e as Error).message).toMatch(/^noise\.bin: not text in UTF-8, GBK\/GB18030 or UTF-16 \(byte 0xff at offset 0 fits none\), nor a PDF/);
  });
});
