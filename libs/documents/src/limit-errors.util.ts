import { DocumentError } from './document.error';

/** The refusals that limits give, in one place so that each reads the same from every reader. */

const MB = 1024 * 1024;

export function zipBomb(name: string, what: string, part: string, budget: number): DocumentError {
  return new DocumentError('TOO_LARGE', name, `the ${what} decompresses to more than ${Math.round(budget / MB)} MB (a compression bomb, or far more than any notice): check where it came from; save the notices as a new document`, {
    zh: `文件解压后超过 ${Math.round(budget / MB)} MB，远超任何任免通知（可能是“压缩炸弹”）：请核实文件来源，把通知另存为新文档后再上传`,
    detail: `${part} inflates past ${budget} bytes`,
  });
}

export function tooMuchText(name: string, limit: number): DocumentError {
  return new DocumentError('TOO_LARGE', name, `more than ${limit.toLocaleString('en')} characters of text: split the document, or load the part holding the notices`, {
    zh: `文件中的文字超过 ${limit.toLocaleString('en')} 个字符：请拆分文件，或只上传载有通知的部分`,
  });
}

export function tooManyPages(name: string, pages: number, limit: number): DocumentError {
  return new DocumentError('TOO_LARGE', name, `${pages} pages, more than the ${limit} read at once: split the PDF, or load the pages holding the notices`, {
    zh: `PDF 共 ${pages} 页，超过一次可读取的 ${limit} 页：请拆分 PDF，或只上传载有通知的页面`,
  });
}

export function tooManyPixels(name: string, width: number, height: number, limit: number): DocumentError {
  return new DocumentError('TOO_LARGE', name, `an image of ${width}×${height} pixels, more than the ${Math.round(limit / 1e6)} million read by OCR: scan or save it at a lower resolution (300 dpi is enough)`, {
    zh: `图片为 ${width}×${height} 像素，超过可识别的 ${Math.round(limit / 1e6)} 百万像素：请以较低分辨率（300 dpi 即可）重新扫描或保存`,
  });
}

export function pageTooLarge(name: string, page: number, size: { width: number; height: number }): DocumentError {
  const w = Math.round(size.width);
  const h = Math.round(size.height);
  return new DocumentError('TOO_LARGE', name, `scanned page ${page} measures ${w} × ${h} pt, too large to read by OCR at any useful resolution: scan it again at A4 or A3`, {
    zh: `第 ${page} 页扫描页面尺寸为 ${w}×${h} 点，过大而无法识别：请按 A4 或 A3 重新扫描后上传`,
  });
}

/** The worker ran out of memory or time: a bomb the checks did not name, or a document far too large. */
export function beyondMemoryOrTime(name: string, what: 'memory' | 'time', detail: string): DocumentError {
  const reason =
    what === 'memory'
      ? 'reading it needed more memory than a document may take (a compression bomb, or a damaged or far too large file)'
      : 'reading it took longer than a document may take (a damaged or far too large file)';
  return new DocumentError('TOO_LARGE', name, `${reason}: check that it opens in a viewer, and load the pages holding the notices`, {
    zh: `${what === 'memory' ? '读取该文件所需内存超出限制' : '读取该文件超时'}，文件可能已损坏、过大或是“压缩炸弹”：请确认文件能正常打开，只上传载有通知的页面`,
    detail,
  });
}
