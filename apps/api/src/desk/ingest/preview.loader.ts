import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IngestInputError, IngestionService } from '@renmian/ingestion';
import { DeskError } from '../desk.errors';
import type { Viewer } from '../../identity/viewer';
import { PreviewBuilder } from './preview.builder';
import { PreviewParser } from './preview.parser';
import type { StoredPreview } from './preview.store';

/** What loading one stored preview did: the notice to open, and the audit entry written (null when nothing was new). */
export interface LoadedPreview {
  key: string;
  entry: string | null;
}

/**
 * Loads one stored preview's text in the caller's transaction: the load, its audit entry (written by
 * the ingestion, as for every door) and the preview marked confirmed commit together or not at all.
 * The single confirmation and each file of a batch go through here.
 */
@Injectable()
export class PreviewLoader {
  constructor(
    private readonly builder: PreviewBuilder,
    private readonly parser: PreviewParser,
    private readonly ingestion: IngestionService,
  ) {}

  async load(stored: StoredPreview, viewer: Viewer, m: EntityManager): Promise<LoadedPreview> {
    // Read once (a long text in a worker thread), for the preview's answer and for the load.
    const prepared = await this.parser.prepare(stored.text);
    const preview = await this.builder.build(stored, prepared);
    let report;
    try {
      // The file's kind, bytes' hash, pages and OCR go with the text: stored with the document, and
      // each event keeps the page its line stands on.
      report = await this.ingestion.ingestPreparedIn(m, prepared, stored.filename, stored.document, {
        door: 'desk',
        actor: viewer.name,
        reason: `经预览后载入${stored.filename ? `文件“${stored.filename}”` : '粘贴的文本'}`,
      });
    } catch (e) {
      if (e instanceof IngestInputError) throw new DeskError('BAD_INPUT', `无法载入：${e.reason}。没有保存任何内容。`);
      throw e;
    }
    const first = preview.notices.find((n) => n.standing === 'new') ?? preview.notices[0];
    // The entry the ingestion wrote for this load (every door writes one) is the page that says what was loaded.
    return { key: first.key, entry: report.loaded ? report.auditId : null };
  }
}
