import { Logger } from '@nestjs/common';
import { DocumentError, readDocument } from '@renmian/documents';
import { DeskError } from '../desk.errors';
import { UPLOAD_LIMIT_BYTES } from '../desk.setup';
import type { DocumentMeta } from './preview.types';

/** What the load form sent, as text ready for the parser. */
export interface Upload {
  filename: string | null;
  text: string;
  document: DocumentMeta | null;
}

/** A file part as @fastify/multipart puts it on the body (attachFieldsToBody). */
export interface FilePart {
  type: 'file';
  filename: string;
  file: { truncated?: boolean };
  toBuffer(): Promise<Buffer>;
  /** Set by the desk's multipart setup when the part came beyond the batch's bounds and was not kept. */
  beyondBatch?: boolean;
}

interface FieldPart {
  type: 'field';
  value: unknown;
  valueTruncated?: boolean;
}

const WHAT_WENT_WRONG: Record<DocumentError['code'], string> = {
  NOT_A_DOCUMENT: '不是可以读取的文档（可以上传 UTF-8 文本、PDF、Word 文档 DOCX、从浏览器保存的网页 HTML、PNG 或 JPEG 扫描图片）',
  EMPTY: '文件中没有文字',
  ENCRYPTED: '文件有密码保护：请先解除密码再上传',
  TOOL_MISSING: '服务器缺少读取这类文件所需的程序，请联系管理员安装',
  UNREADABLE: '文件已损坏，无法读取',
  TOO_MANY_SCANNED_PAGES: '扫描页数过多，无法一次识别：请拆分 PDF，或只上传载有通知的页面',
  TOO_LARGE: '文件过大或已损坏，读取时超出了限制：请确认文件能正常打开，只上传载有通知的页面',
};

/**
 * Codes whose English reason holds nothing but advice (which kinds are read, which package to
 * install) and is shown after the Chinese sentence; for the others (damage, bombs) what the
 * libraries said goes to the log only.
 */
const REASON_SHOWN: ReadonlySet<DocumentError['code']> = new Set(['NOT_A_DOCUMENT', 'EMPTY', 'ENCRYPTED', 'TOOL_MISSING']);

const logger = new Logger('DeskUpload');

function part<T extends FilePart | FieldPart>(body: unknown, name: string, type: T['type']): T | null {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && (raw as { type?: string }).type === type) return raw as T;
  return null;
}

/**
 * Every file chosen on the form, in the order sent: `file` (one or several files) then `folder` (a
 * folder's files); either field may repeat. A file input left empty is sent by browsers as a part
 * with no name and is not a file.
 */
export function chosenFiles(body: unknown): FilePart[] {
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const parts = ['file', 'folder'].flatMap((name) => {
    const raw = fields[name];
    return Array.isArray(raw) ? (raw as unknown[]) : raw ? [raw] : [];
  });
  return parts.filter((p): p is FilePart => !!p && typeof p === 'object' && (p as FilePart).type === 'file' && (p as FilePart).filename !== '');
}

function pastedText(body: unknown): string {
  const field = part<FieldPart>(body, 'text', 'field');
  if (field?.valueTruncated) throw new DeskError('BAD_INPUT', `粘贴的文本超过 ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB：请分成几份载入。`);
  const raw = field ? field.value : body && typeof body === 'object' ? (body as Record<string, unknown>).text : undefined;
  return typeof raw === 'string' ? raw : '';
}

/**
 * The text to preview: a file read by its content (PDF, Word, a saved web page, a scan through OCR,
 * or UTF-8 text), or text pasted into the form. Exactly one of the two; what cannot be read is
 * refused with a message naming the file and what to do.
 */
export async function readUpload(body: unknown): Promise<Upload> {
  const file = chosenFiles(body)[0] ?? null;
  const chosen = file !== null;
  const text = pastedText(body);
  if (chosen && text.trim() !== '') throw new DeskError('BAD_INPUT', '请只选择文件或只粘贴文本，不要同时提交两者。');
  if (!chosen) {
    if (text.trim() === '') throw new DeskError('BAD_INPUT', '请选择要上传的文件，或把通知文本粘贴到文本框。');
    if (text.includes('\u0000')) throw new DeskError('BAD_INPUT', '粘贴的文本中含有无效字符（空字符）：请从原文重新复制。');
    return { filename: null, text, document: null };
  }
  return readFile(file);
}

/** One chosen file read by its content; what cannot be read is refused with a message naming the file. */
export async function readFile(file: FilePart): Promise<Upload> {
  // PostgreSQL cannot store NUL, and no file system names a file with it: the name was forged.
  if (file.filename.includes('\u0000')) throw new DeskError('BAD_INPUT', '文件名中含有无效字符（空字符）：请重命名文件后再上传。');
  const bytes = await file.toBuffer();
  if (file.file.truncated) throw new DeskError('BAD_INPUT', `文件“${file.filename}”超过 ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB：请分成几份上传。`);
  try {
    const read = await readDocument(bytes, { name: file.filename });
    const document = { kind: read.kind, sha256: read.sha256, pageCount: read.pageCount, ocr: read.ocr, linePages: read.linePages, encoding: read.encoding };
    return { filename: file.filename, text: read.text, document };
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    logger.warn(`upload refused, ${e.code}: ${e.message}${e.detail ? ` (${e.detail})` : ''}`);
    const shown = REASON_SHOWN.has(e.code) ? `（${e.reason}）` : '';
    throw new DeskError('UNSUPPORTED_DOCUMENT', `无法读取文件“${file.filename}”：${e.zh ?? WHAT_WENT_WRONG[e.code]}。${shown}`, e.status);
  }
}
