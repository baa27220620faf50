import { TextDecoder } from 'util';
import { firstInvalidUtf8, hasUtf8Bom } from '../utf8.util';

/**
 * The text of a saved page. Bytes that are valid UTF-8 are read as UTF-8 whatever the page
 * declares: Chinese in GBK is practically never valid UTF-8, while pages re-saved as UTF-8 often
 * keep their old `charset=gbk`. Otherwise the declared charset (many government sites still serve
 * GBK or GB2312; Node's TextDecoder knows them), or GB18030 — a superset of both and the likeliest
 * charset of a Chinese page that declares none.
 */
export function decodeHtml(b: Uint8Array): string {
  if (hasUtf8Bom(b)) return new TextDecoder('utf-8').decode(b.subarray(3));
  if (firstInvalidUtf8(b) < 0) return new TextDecoder('utf-8').decode(b);
  return (decoderFor(declaredCharset(b)) ?? new TextDecoder('gb18030')).decode(b);
}

/** `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` near the top. */
function declaredCharset(b: Uint8Array): string | null {
  const head = String.fromCharCode(...b.subarray(0, 4096));
  const m = /<meta\s[^>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (label === null) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null; // a label TextDecoder does not know
  }
}
