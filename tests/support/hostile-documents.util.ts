import { constants, crc32, deflateRawSync } from 'zlib';

/**
 * Hostile documents made at test time, never committed: ZIP and DOCX bombs, a DOCX of more than
 * 65,535 entries (ZIP64), PDFs of many pages, with a self-referencing page tree, with a stream that
 * inflates to gigabytes, and with a scanned page of absurd size; text in GBK, GB18030 and UTF-16.
 * A bomb is built from one compressed chunk repeated: deflate flushed with Z_FULL_FLUSH forgets
 * what came before, so the same bytes can follow themselves any number of times, and a 1 GB part
 * costs a megabyte and a few milliseconds to make.
 */

/** A ZIP entry ready to write: its compressed bytes and what the headers will claim. */
export interface ZipPart {
  name: string;
  method: 0 | 8;
  data: Buffer;
  crc: number;
  /** What the headers claim as the inflated size (a bomb may lie). */
  size: number;
}

export function storedPart(name: string, content: string | Buffer): ZipPart {
  const data = Buffer.from(content);
  return { name, method: 0, data, crc: crc32(data), size: data.length };
}

export function deflatedPart(name: string, content: string | Buffer): ZipPart {
  const raw = Buffer.from(content);
  return { name, method: 8, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

/**
 * A deflated part whose content is `head`, then `chunk` `times` times, then `tail`. With
 * `claimedSize`, the headers lie about the inflated size (and the CRC is left 0: the point is
 * that a reader stops long before it could check it).
 */
export function repeatedPart(name: string, head: string, chunk: string, times: number, tail: string, claimedSize?: number): ZipPart {
  const flushed = (s: string) => deflateRawSync(Buffer.from(s), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const one = flushed(chunk);
  const parts = [flushed(head)];
  for (let i = 0; i < times; i++) parts.push(one);
  parts.push(deflateRawSync(Buffer.from(tail)));
  const size = Buffer.byteLength(head) + Buffer.byteLength(chunk) * times + Buffer.byteLength(tail);
  let crc = 0;
  if (claimedSize === undefined) {
    crc = crc32(head);
    const c = Buffer.from(chunk);
    for (let i = 0; i < times; i++) crc = crc32(c, crc);
    crc = crc32(tail, crc);
  }
  return { name, method: 8, data: Buffer.concat(parts), crc, size: claimedSize ?? size };
}

/**
 * A ZIP archive of the parts, in order. Past 65,535 entries it carries a ZIP64 end record and
 * locator, as Word and 7-Zip write them, the classic record then saying 0xffff.
 */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(p.size > 0xfffffffe ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(Math.min(p.size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(Math.min(p.size, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const zip64 = parts.length > 0xffff;
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, ...tail, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
export const DOCUMENT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
export const DOCUMENT_TAIL = '<w:sectPr/></w:body></w:document>';

export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A Word document whose body is the given part, preceded by `before` (filler entries, say) — document.xml comes last. */
export function docxWithBody(body: ZipPart, before: ZipPart[] = []): Buffer {
  return buildZip([storedPart('[Content_Types].xml', CONTENT_TYPES), storedPart('_rels/.rels', PACKAGE_RELS), ...before, body]);
}

/** A Word document whose document.xml inflates to about `mb` MB of one repeated invented paragraph. */
export function docxBomb(mb: number, claimedSize?: number): Buffer {
  const chunk = paragraph('任命青禾县某某为某某局副局长（虚构示例）。').repeat(1500);
  const times = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(chunk));
  return docxWithBody(repeatedPart('word/document.xml', DOCUMENT_HEAD, chunk, times, DOCUMENT_TAIL, claimedSize));
}

/**
 * A Word document whose main document is named as an image (`word/media/image1.png`, which the
 * package relationship points at) and inflates to `mb` MB: a reader that spares media parts its
 * budget must still count this one.
 */
export function disguisedDocxBomb(mb: number): Buffer {
  const rels = PACKAGE_RELS.replace('Target="word/document.xml"', 'Target="/word/media/image1.png"');
  const chunk = paragraph('任命青禾县某某为某某局副局长（虚构示例）。').repeat(1500);
  const body = repeatedPart('word/media/image1.png', DOCUMENT_HEAD, chunk, Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(chunk)), DOCUMENT_TAIL);
  return buildZip([storedPart('[Content_Types].xml', CONTENT_TYPES), storedPart('_rels/.rels', rels), storedPart('word/document.xml', '<w:document/>'), body]);
}

/** A PDF of the given objects (object i is numbered i + 1, the first being the catalog), with a cross-reference table. */
export function buildPdf(objects: (string | Buffer)[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let at = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(at);
    const body = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n')]);
    chunks.push(body);
    at += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** `n` tiny pages, each showing one letter in Helvetica: a real PDF any viewer opens, 1.1 MB at 10,000 pages. */
export function manyPagesPdf(n: number): Buffer {
  const first = 5;
  const kids = Array.from({ length: n }, (_, i) => `${first + i} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 20 20] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>';
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${n} /Kids [${kids}] >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('', Buffer.from('BT /F1 8 Tf 2 6 Td (x) Tj ET')),
    ...Array.from({ length: n }, () => page),
  ]);
}

/** A page tree whose one /Pages node lists itself as its kid: 347 bytes that used to take the desk down to a 500. */
export function selfReferencingPdf(): Buffer {
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Count 1 /Kids [2 0 R] >>']);
}

/** One page whose content stream (FlateDecode) inflates to `mb` MB of spaces; the stream's dictionary tells the truth about nothing else. */
export function pdfStreamBomb(mb: number): Buffer {
  const chunk = ' '.repeat(1024 * 1024);
  const flushed = deflateRawSync(Buffer.from(chunk), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  // A zlib stream: header, raw deflate, an Adler-32 left 0 (no reader gets that far).
  const data = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: mb }, () => flushed), deflateRawSync(Buffer.from('BT ET')), Buffer.alloc(4)]);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('/Filter /FlateDecode', data),
  ]);
}

/**
 * One scanned page `width` × `height` points: a 2 × 2 grey image stretched over the page and no
 * text, which the reader takes for a scan and sends to pdftoppm and Tesseract.
 */
export function scannedPagePdf(width: number, height: number): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>`,
    stream('', Buffer.from(`q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`)),
    stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.from([250, 250, 250, 250])),
  ]);
}

/** A PNG header (signature and IHDR) declaring the given size, followed by nothing that decodes. */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16); // bit depth
  ihdr.writeUInt8(0, 17); // greyscale
  ihdr.writeUInt32BE(crc32(ihdr.subarray(4, 21)), 21);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.from('\x00\x00\x00\x00IDAT', 'latin1'), Buffer.alloc(16, 0xab)]);
}

let gbkTable: Map<string, Buffer> | null = null;

/**
 * Text in GBK, as a Chinese Windows saves "ANSI" text: Node has no GBK encoder, so the table is
 * made by decoding every two-byte code with Node's own GB18030 decoder and turning it round.
 */
export function encodeGbk(text: string): Buffer {
  if (gbkTable === null) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Buffer.from([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, Buffer.from([lead, trail]));
      }
    }
  }
  const table = gbkTable;
  return Buffer.concat(
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return Buffer.from(ch, 'latin1');
      const b = table.get(ch);
      if (!b) throw new Error(`${ch} has no GBK code`);
      return b;
    }),
  );
}

/** Text in UTF-16, little- or big-endian, with or without a byte order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

/** Resident memory of this process, MB. */
export function residentMb(): number {
  return Math.round(process.memoryUsage.rss() / 1048576);
}
