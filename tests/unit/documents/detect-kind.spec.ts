import { detectKind } from '../../../libs/documents/src/detect-kind.step';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('detectKind: the kind is told by the bytes, never by a name', () => {
  it.each([
    ['%PDF-1.7\n…', 'pdf'],
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['\ufeff  <html lang="zh">', 'html'],
    ['<!-- saved from url=(0042)http://example.invalid/ -->\n<html>', 'html'],
    ['<meta charset="gbk"><p>任命</p>', 'html'],
    ['关于王某某同志任职的通知\n任命王某某为局长。', 'text'],
    ['<p>a paragraph that is not a page</p>', 'text'],
  ])('%j is %s', (input, kind) => {
    expect(detectKind(utf8(input)).kind).toBe(kind);
  });

  it('reads PNG and JPEG signatures as images', () => {
    expect(detectKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])).kind).toBe('image');
    expect(detectKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])).kind).toBe('image');
  });

  it('refuses bytes that are no document, saying what would do', () => {
    const random = new Uint8Array([0x00, 0xfe, 0x13, 0x99, 0x80, 0x01, 0xc3]);
    const d = detectKind(random);
    expect(d).toMatchObject({ kind: null, code: 'NOT_A_DOCUMENT' });
    expect(d.kind === null && d.reason).toBe('not text in UTF-8, GBK/GB18030 or UTF-16 (byte 0xfe at offset 1 fits none), nor a PDF, Word (.docx), HTML, PNG or JPEG document');
    expect(detectKind(utf8('GIF89a…'))).toMatchObject({ kind: null, reason: expect.stringMatching(/convert it to PNG/) });
    expect(detectKind(utf8('MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n'))).toMatchObject({ kind: null, reason: expect.stringMatching(/MHTML/) });
  });

  it('tells a Word document from another ZIP by its central directory', () => {
    expect(detectKind(zipOf(['[Content_Types].xml', 'word/document.xml'])).kind).toBe('docx');
    expect(detectKind(zipOf(['xl/workbook.xml']))).toMatchObject({ kind: null, reason: expect.stringMatching(/not a Word document/) });
  });

  it('says a password-protected Word file is encrypted', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(detectKind(new Uint8Array(ole))).toMatchObject({ kind: null, code: 'ENCRYPTED' });
  });
});

/** A stored (uncompressed) ZIP of empty entries: enough for the central directory to be read. */
function zipOf(names: string[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(n.length, 26);
    locals.push(local, n);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, n);
    offset += 30 + n.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}
