import { Body, Controller, Get, Header, HttpCode, Param, Post, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { linkTo } from '../../web/views/html.util';
import { DeskError } from '../desk.errors';
import { DeskErrorFilter } from '../desk-error.filter';
import { formField, trimmed } from '../form.util';
import { CurrentViewer } from '../../identity/current-viewer.decorator';
import { DeskGuard } from '../session/desk.guard';
import type { Viewer } from '../../identity/viewer';
import { ingestFormView, previewView } from './ingest.view';
import { LoadedEntry, loadedView } from './loaded.view';
import { PreviewBuilder, textIdentity } from './preview.builder';
import { BatchIngest } from './batch-ingest.service';
import { PreviewLoader } from './preview.loader';
import { PreviewStore } from './preview.store';
import { chosenFiles, readUpload } from './upload.reader';

const HTML = 'text/html; charset=utf-8';

/**
 * Loading notices at the desk: GET /ingest (upload or paste), POST /ingest/preview (what loading
 * would do, nothing saved; the text is kept with the session under a token), POST /ingest/confirm
 * (loads exactly the text that preview showed, once, then 303 to GET /ingest/loaded/<entry>: what was
 * loaded, every notice linked; to the first notice's page when nothing was new). Several files
 * sent together (chosen at once, or a folder) are previewed as a batch by BatchIngest; its
 * confirmation and page are BatchIngestController's.
 */
@Controller('ingest')
@UseGuards(DeskGuard)
@UseFilters(DeskErrorFilter)
export class IngestDeskController {
  constructor(
    private readonly previews: PreviewStore,
    private readonly builder: PreviewBuilder,
    private readonly loader: PreviewLoader,
    private readonly batches: BatchIngest,
    private readonly ds: DataSource,
  ) {}

  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  form(@CurrentViewer() viewer: Viewer): string {
    return ingestFormView(viewer, '', null);
  }

  @Post('preview')
  @HttpCode(200)
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async preview(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    // Several files (chosen together, or a folder) are previewed as one batch.
    if (chosenFiles(body).length > 1) {
      const batch = await this.batches.preview(body, viewer);
      reply.status(batch.status);
      return batch.page;
    }
    let upload;
    try {
      upload = await readUpload(body);
    } catch (e) {
      if (!(e instanceof DeskError)) throw e;
      reply.status(e.status);
      return ingestFormView(viewer, pastedBack(body), { kind: 'error', text: e.message });
    }
    const token = await this.previews.save(viewer.sessionId, { ...upload, textSha256: textIdentity(upload.text) });
    const preview = await this.builder.build({ token, ...upload });
    if (preview.notices.length === 0) {
      reply.status(400);
      const what = upload.filename ? `文件“${upload.filename}”` : '粘贴的文本';
      return ingestFormView(viewer, upload.filename ? '' : upload.text, {
        kind: 'error',
        text: `${what}中没有找到任免通知（需要有任命或免去某人某职务的决定）。没有保存任何内容。`,
      });
    }
    return previewView(preview, viewer);
  }

  @Post('confirm')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async confirm(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const token = trimmed(body, 'preview');
    // The preview row stays locked while its text loads: a second confirmation (a double click,
    // another tab) waits, then finds it confirmed and adds nothing.
    const done = await this.ds.transaction(async (m) => {
      const stored = token.length <= 64 ? await this.previews.find(token, viewer.sessionId, m, true) : null;
      if (!stored) throw new DeskError('PREVIEW_GONE', '找不到这次预览：它属于另一个会话，或会话已结束。请重新上传并预览。');
      if (stored.confirmedAt && stored.noticeKey) return { key: stored.noticeKey, entry: null };
      const loaded = await this.loader.load(stored, viewer, m);
      await this.previews.markConfirmed(m, stored.id, loaded.key, loaded.entry);
      return loaded;
    });
    reply.header('Location', done.entry ? `/ingest/loaded/${done.entry}` : linkTo('notice', done.key));
    return '';
  }

  /** What one confirmation loaded, read back from its audit entry: the message and every notice. */
  @Get('loaded/:entry')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async loaded(@Param('entry') entry: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    const rows: LoadedEntry[] = /^\d{1,18}$/.test(entry)
      ? await this.ds.query(`SELECT id::text, at, actor, after FROM audit_log WHERE id = $1 AND action = 'loadNotices'`, [entry])
      : [];
    if (rows.length === 0) throw new DeskError('NOT_FOUND', '没有这一次载入的记录。载入过的通知都列在“操作记录”中。');
    return loadedView(rows[0], viewer);
  }
}

/** Pasted text comes back into the form with its error, so nothing typed is lost. */
function pastedBack(body: unknown): string {
  return (formField(body, 'text') ?? '').slice(0, 2_000_000);
}
