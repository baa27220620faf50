import { writeFile } from 'fs/promises';
import { join } from 'path';
import type { ReaderOutput } from '../document.types';
import { checkTesseract, recogniseImage } from '../tools/tesseract.tool';
import { withTempDir } from '../tools/temp-dir.util';
import { unifyScript } from './script-unify.util';

/** A PNG or JPEG (a scan, a photo, a screenshot) through Tesseract: one page. */
export async function readImage(b: Uint8Array, name: string): Promise<ReaderOutput> {
  await checkTesseract(name);
  const text = await withTempDir(async (dir) => {
    // Tesseract reads the format from the content; the extension is only for people debugging.
    const path = join(dir, b[0] === 0x89 ? 'image.png' : 'image.jpg');
    await writeFile(path, b);
    return unifyScript(await recogniseImage(path, name));
  });
  const lines = text.split('\n').length;
  return { text, pageCount: 1, ocr: true, linePages: new Array<number>(lines).fill(1) };
}
