import { extractRawText } from 'mammoth';
import { DocumentError } from '../document.error';
import type { ReaderContext, ReaderOutput } from '../document.types';
import { tooMuchText, zipBomb } from '../limit-errors.util';
import { partsReadAsXml } from '../docx-parts.util';
import { InflateBudgetExceeded, inflateWithinBudget, zipEntries } from '../zip-entries.util';
import { unknownPages } from './text.reader';

/**
 * A Word document's text: mammoth ends each paragraph with a blank line and a soft line break
 * (Shift+Enter) with a newline; here each paragraph is a line, and a soft break still breaks it.
 * Word stores no pages (they are laid out when shown), so no line has a page.
 *
 * Before mammoth sees it, every part it may read is inflated once under a byte budget: mammoth
 * (through JSZip) inflates a part whole and parses it into a tree of about 30 bytes per byte, so a
 * 535 KB file whose document.xml inflates to 150 MB took 4.4 GB. The budget stops that inflation
 * part-way, in well under a second.
 */
export async function readDocx(b: Uint8Array, ctx: ReaderContext): Promise<ReaderOutput> {
  checkInflatedSize(b, ctx);
  ctx.progress();
  let raw: string;
  try {
    raw = (await extractRawText({ buffer: Buffer.from(b.buffer, b.byteOffset, b.byteLength) })).value;
  } catch (e) {
    throw damaged(ctx.name, (e as Error).message);
  }
  if (raw.length > ctx.limits.textChars) throw tooMuchText(ctx.name, ctx.limits.textChars);
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').trimEnd();
  return { text, pageCount: null, ocr: false, linePages: unknownPages(text) };
}

function checkInflatedSize(b: Uint8Array, ctx: ReaderContext): void {
  const entries = zipEntries(b);
  if (entries === null) throw damaged(ctx.name, 'the central directory cannot be read');
  const budget = ctx.limits.docxXmlBytes;
  try {
    inflateWithinBudget(b, partsReadAsXml(b, entries, budget), budget);
  } catch (e) {
    if (e instanceof InflateBudgetExceeded) throw zipBomb(ctx.name, 'Word document', e.entry, e.budget);
    throw damaged(ctx.name, (e as Error).message);
  }
}

function damaged(name: string, detail: string): DocumentError {
  return new DocumentError('UNREADABLE', name, 'a damaged Word document: open it in Word and save it again, or save it as PDF', {
    zh: 'Word 文档已损坏，无法读取：请用 Word 打开后重新保存，或另存为 PDF 后再上传',
    detail,
  });
}
