/**
 * Width and height of a PNG (from its IHDR chunk) or a JPEG (from its first start-of-frame
 * marker), read from the header without decoding: a 500 KB PNG can declare 60,000 × 60,000 pixels,
 * which Tesseract would try to allocate whole. Null when the header cannot be found.
 */
export function imageSize(b: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b[0] === 0x89) {
    if (b.length < 24 || view.getUint32(12) !== IHDR) return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  return jpegSize(view);
}

const IHDR = 0x49484452;

/** SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegSize(view: DataView): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < view.byteLength) {
    if (view.getUint8(at) !== 0xff) return null;
    const marker = view.getUint8(at + 1);
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (isStartOfFrame(marker)) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    if (marker === 0xd9 || marker === 0xda) return null;
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}
