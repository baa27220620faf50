import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeskError } from '../desk.errors';
import { BATCH_LIMIT_BYTES, BATCH_MAX_FILES } from '../desk.setup';
import type { Viewer } from '../../identity/viewer';
import { BatchFile, BatchStore, StoredBatch } from './batch.store';
import { BatchFileRead, batchPreviewView } from './batch.view';
import { ingestFormView } from './ingest.view';
import { PreviewBuilder, textIdentity } from './preview.builder';
import { PreviewLoader } from './preview.loader';
import { PreviewStore } from './preview.store';
import { chosenFiles, FilePart, readFile, Upload } from './upload.reader';

/** What a file read for a batch holds, before it is stored. */
interface Read {
  shown: BatchFileRead;
  upload: Upload | null;
}

/**
 * Many files at once: each chosen file is read and previewed on its own (a file that cannot be
 * read, or holds no notice, is refused with its reason and does not stop the others), one page
 * lists them all, and one confirmation loads each file in its own transaction through the same
 * path as a single file's confirmation.
 */
@Injectable()
export class BatchIngest {
  private readonly logger = new Logger('DeskBatch');

  constructor(
    private readonly batches: BatchStore,
    private readonly previews: PreviewStore,
    private readonly builder: PreviewBuilder,
    private readonly loader: PreviewLoader,
    private readonly ds: DataSource,
  ) {}

  async preview(body: unknown, viewer: Viewer): Promise<{ status: number; page: string }> {
    const files = chosenFiles(body);
    const refusal = batchRefusal(body, files);
    if (refusal) return { status: refusal.status, page: ingestFormView(viewer, '', { kind: 'error', text: refusal.text }) };
    // One file after another: reading (OCR, a long PDF) already runs in a worker, and two cores are shared.
    const reads: Read[] = [];
    for (const file of files) reads.push(await this.read(file));
    const token = await this.save(viewer.sessionId, reads);
    return { status: 200, page: batchPreviewView(token, reads.map((r) => r.shown), viewer) };
  }

  private async read(file: FilePart): Promise<Read> {
    const name = file.filename;
    let upload: Upload;
    try {
      upload = await readFile(file);
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      return { shown: { name, status: 'refused', reason: e.message, preview: null }, upload: null };
    }
    const preview = await this.builder.build({ token: '', ...upload });
    if (preview.notices.length === 0) {
      return { shown: { name, status: 'refused', reason: `文件“${name}”中没有找到任免通知（需要有任命或免去某人某职务的决定）。`, preview }, upload: null };
    }
    const fresh = preview.notices.some((n) => n.standing === 'new') && !preview.loadedBefore;
    return { shown: { name, status: fresh ? 'new' : 'known', reason: null, preview }, upload: fresh ? upload : null };
  }

  /** The batch and the text of each file to load, in one transaction: a preview is kept whole or not at all. */
  private async save(sessionId: string, reads: Read[]): Promise<string> {
    const token = await this.ds.transaction(async (m) => {
      const batch = await this.batches.insert(m, sessionId);
      const files: BatchFile[] = [];
      for (const r of reads) {
        const stored = r.upload ? await this.previews.insert(m, sessionId, { ...r.upload, textSha256: textIdentity(r.upload.text) }, batch.id) : null;
        files.push({ name: r.shown.name, preview: stored?.id ?? null, refused: r.shown.reason, known: r.shown.status === 'known' });
      }
      await this.batches.setFiles(m, batch.id, files);
      return batch.token;
    });
    await this.batches.prune(sessionId);
    return token;
  }

  /**
   * Loads each file of the batch in its own transaction, in order. Each file's preview row is locked
   * while it loads, as a single confirmation's is: a second confirmation (a double click) waits, then
   * finds it loaded and adds nothing. A file refused is recorded with its reason; the others go on.
   */
  async confirm(token: string, viewer: Viewer): Promise<StoredBatch> {
    const batch = await this.batches.find(token, viewer.sessionId);
    if (!batch) throw new DeskError('PREVIEW_GONE', '找不到这次预览：它属于另一个会话，或会话已结束。请重新选择文件并预览。');
    for (const file of batch.files) {
      if (file.preview === null) continue;
      const id = file.preview;
      try {
        await this.ds.transaction(async (m) => {
          const stored = await this.previews.findInBatch(m, id, batch.id);
          if (!stored || stored.confirmedAt) return;
          const loaded = await this.loader.load(stored, viewer, m);
          await this.previews.markConfirmed(m, stored.id, loaded.key, loaded.entry);
        });
      } catch (e) {
        if (!(e instanceof DeskError)) this.logger.error(`batch ${batch.id}, file ${file.name}: ${(e as Error)?.stack ?? String(e)}`);
        const reason = e instanceof DeskError ? e.message : '服务器载入这个文件时出错，错误已记入日志；没有保存这个文件的任何内容。';
        await this.previews.markRefused(id, reason);
      }
    }
    await this.batches.markConfirmed(batch.id);
    return batch;
  }
}

/** A batch refused as a whole: too many files, too many bytes, or files and pasted text together. */
function batchRefusal(body: unknown, files: FilePart[]): { status: number; text: string } | null {
  const pasted = body && typeof body === 'object' ? (body as { text?: { value?: unknown } }).text?.value : undefined;
  if (typeof pasted === 'string' && pasted.trim() !== '') return { status: 400, text: '请只选择文件或只粘贴文本，不要同时提交两者。' };
  if (files.length > BATCH_MAX_FILES) {
    return { status: 413, text: `一次最多预览 ${BATCH_MAX_FILES} 个文件，这次选择了 ${files.length} 个：请分成几批上传。没有保存任何内容。` };
  }
  if (files.some((f) => f.beyondBatch)) {
    return { status: 413, text: `这批文件合计超过 ${BATCH_LIMIT_BYTES / 1024 / 1024} MB：请分成几批上传。没有保存任何内容。` };
  }
  return null;
}
