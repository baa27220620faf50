import { writeFile } from 'fs/promises';
import { join } from 'path';
import { DocumentError } from '../document.error';
import type { ReaderContext, ReaderOutput } from '../document.types';
import { imageSize } from '../image-size.util';
import { tooManyPixels } from '../limit-errors.util';
import { checkTesseract, recogniseImage } from '../tools/tesseract.tool';
import { withTempDir } from '../tools/temp-dir.util';
import { unifyScript } from './script-unify.util';

/**
 * A PNG or JPEG (a scan, a photo, a screenshot) through Tesseract: one page. Its size is read from
 * the header first: a broken header or more pixels than the limit is refused before Tesseract
 * (which decodes the whole image) is started.
 */
export async function readImage(b: Uint8Array, ctx: ReaderContext): Promise<ReaderOutput> {
  const size = imageSize(b);
  if (size === null || size.width === 0 || size.height === 0) {
    throw new DocumentError('UNREADABLE', ctx.name, 'a damaged image (its header gives no size): save or scan it again as PNG or JPEG', {
      zh: '图片已损坏（文件头中没有尺寸）：请重新扫描或另存为 PNG、JPEG 后上传',
    });
  }
  if (size.width * size.height > ctx.limits.imagePixels) throw tooManyPixels(ctx.name, size.width, size.height, ctx.limits.imagePixels);
  await checkTesseract(ctx);
  const text = await withTempDir(async (dir) => {
    // Tesseract reads the format from the content; the extension is only for people debugging.
    const path = join(dir, b[0] === 0x89 ? 'image.png' : 'image.jpg');
    await writeFile(path, b);
    return unifyScript(await recogniseImage(path, ctx));
  });
  const lines = text.split('\n').length;
  return { text, pageCount: 1, ocr: true, linePages: new Array<number>(lines).fill(1) };
}
