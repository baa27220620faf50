import { Body, Controller, Get, Header, HttpCode, Param, Post, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { DeskError } from '../desk.errors';
import { DeskErrorFilter } from '../desk-error.filter';
import { trimmed } from '../form.util';
import { CurrentViewer } from '../../identity/current-viewer.decorator';
import { DeskGuard } from '../session/desk.guard';
import type { Viewer } from '../../identity/viewer';
import { BatchIngest } from './batch-ingest.service';
import { BatchStore } from './batch.store';
import { batchLoadedView } from './batch.view';
import type { LoadedEntry } from './loaded.view';

const HTML = 'text/html; charset=utf-8';

/**
 * A batch's confirmation and its page: POST /ingest/confirm-batch loads each file of the batch in
 * its own transaction, then 303 to GET /ingest/batch/<token>, which says per file what was loaded
 * (read back from each load's audit entry) or why not. The preview is POST /ingest/preview with
 * several files, as IngestDeskController routes it.
 */
@Controller('ingest')
@UseGuards(DeskGuard)
@UseFilters(DeskErrorFilter)
export class BatchIngestController {
  constructor(
    private readonly batches: BatchStore,
    private readonly ingest: BatchIngest,
    private readonly ds: DataSource,
  ) {}

  @Post('confirm-batch')
  @HttpCode(303)
  @Header('Content-Type', HTML)
  async confirm(@Body() body: unknown, @CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const batch = await this.ingest.confirm(trimmed(body, 'batch'), viewer);
    reply.header('Location', `/ingest/batch/${batch.token}`);
    return '';
  }

  @Get('batch/:token')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async loaded(@Param('token') token: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    const batch = await this.batches.find(token, viewer.sessionId);
    if (!batch) throw new DeskError('NOT_FOUND', '没有这一批文件的记录：它属于另一个会话，或会话已结束。载入过的通知都列在“操作记录”中。');
    const rows = await this.batches.previews(batch.id);
    const ids = rows.map((r) => r.auditId).filter((id): id is string => id !== null);
    const entries: LoadedEntry[] = ids.length
      ? await this.ds.query(`SELECT id::text, at, actor, after FROM audit_log WHERE id = ANY($1::bigint[]) AND action = 'loadNotices'`, [ids])
      : [];
    return batchLoadedView(batch, rows, entries, viewer);
  }
}
