import { Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';

/** One file of a batch as the batch row lists it. */
export interface BatchFile {
  name: string;
  /** Its preview row, when it was read and holds something new to load. */
  preview: string | null;
  /** Why it will not be loaded (could not be read, no notice in it), in Chinese. */
  refused: string | null;
  /** Loaded before: the same text, or only notices already known. Not loaded again. */
  known: boolean;
}

export interface StoredBatch {
  id: string;
  token: string;
  files: BatchFile[];
  confirmedAt: Date | null;
}

/** A file's preview row as the batch's page reads it after confirmation. */
export interface BatchPreviewRow {
  id: string;
  confirmedAt: Date | null;
  auditId: string | null;
  loadError: string | null;
}

/** A session keeps this many batches; older ones go with their files' texts. */
const KEPT_PER_SESSION = 5;

/** Batches of files previewed together, kept server-side with the session that made them. */
@Injectable()
export class BatchStore {
  constructor(private readonly ds: DataSource) {}

  async insert(m: EntityManager, sessionId: string): Promise<{ id: string; token: string }> {
    const token = randomBytes(24).toString('base64url');
    const rows: { id: string }[] = await m.query(`INSERT INTO desk_batches (token, session_id, files) VALUES ($1, $2, '[]') RETURNING id::text`, [token, sessionId]);
    return { id: rows[0].id, token };
  }

  async setFiles(m: EntityManager, id: string, files: BatchFile[]): Promise<void> {
    await m.query('UPDATE desk_batches SET files = $2 WHERE id = $1', [id, JSON.stringify(files)]);
  }

  async prune(sessionId: string): Promise<void> {
    await this.ds.query(
      `DELETE FROM desk_batches WHERE session_id = $1 AND id NOT IN
         (SELECT id FROM desk_batches WHERE session_id = $1 ORDER BY id DESC LIMIT ${KEPT_PER_SESSION})`,
      [sessionId],
    );
  }

  async find(token: string, sessionId: string): Promise<StoredBatch | null> {
    if (token.length > 64) return null;
    const rows: StoredBatch[] = await this.ds.query(
      `SELECT id::text, token, files, confirmed_at AS "confirmedAt" FROM desk_batches WHERE token = $1 AND session_id = $2`,
      [token, sessionId],
    );
    return rows[0] ?? null;
  }

  async markConfirmed(id: string): Promise<void> {
    await this.ds.query('UPDATE desk_batches SET confirmed_at = coalesce(confirmed_at, now()) WHERE id = $1', [id]);
  }

  async previews(batchId: string): Promise<BatchPreviewRow[]> {
    return this.ds.query(
      `SELECT id::text, confirmed_at AS "confirmedAt", audit_id::text AS "auditId", load_error AS "loadError" FROM desk_previews WHERE batch_id = $1`,
      [batchId],
    );
  }
}
