import { Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { DocumentMeta } from './preview.types';

export interface StoredPreview {
  id: string;
  token: string;
  filename: string | null;
  text: string;
  textSha256: string;
  document: DocumentMeta | null;
  confirmedAt: Date | null;
  noticeKey: string | null;
}

/** A session keeps this many previews; older ones go (each holds a whole text). */
const KEPT_PER_SESSION = 10;

const COLUMNS = `id::text, token, filename, text, text_sha256 AS "textSha256", document, confirmed_at AS "confirmedAt", notice_key AS "noticeKey"`;

/** Previews kept server-side with the session that made them, so a confirmation loads exactly what was shown. */
@Injectable()
export class PreviewStore {
  constructor(private readonly ds: DataSource) {}

  async save(sessionId: string, p: { filename: string | null; text: string; textSha256: string; document: DocumentMeta | null }): Promise<string> {
    const { token } = await this.insert(this.ds.manager, sessionId, p, null);
    // A batch's files go with their batch (BatchStore keeps a session's last few).
    await this.ds.query(
      `DELETE FROM desk_previews WHERE session_id = $1 AND batch_id IS NULL AND id NOT IN
         (SELECT id FROM desk_previews WHERE session_id = $1 AND batch_id IS NULL ORDER BY id DESC LIMIT ${KEPT_PER_SESSION})`,
      [sessionId],
    );
    return token;
  }

  /** One preview row; `batchId` when it is a file of a batch. */
  async insert(m: EntityManager, sessionId: string, p: { filename: string | null; text: string; textSha256: string; document: DocumentMeta | null }, batchId: string | null): Promise<{ id: string; token: string }> {
    const token = randomBytes(24).toString('base64url');
    const rows: { id: string }[] = await m.query(
      `INSERT INTO desk_previews (token, session_id, filename, text, text_sha256, document, batch_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
      [token, sessionId, p.filename, p.text, p.textSha256, p.document === null ? null : JSON.stringify(p.document), batchId],
    );
    return { id: rows[0].id, token };
  }

  /** A preview of a batch by its row id, locked, if this session made it. */
  async findInBatch(m: EntityManager, id: string, batchId: string): Promise<StoredPreview | null> {
    const rows: StoredPreview[] = await m.query(`SELECT ${COLUMNS} FROM desk_previews WHERE id = $1 AND batch_id = $2 FOR UPDATE`, [id, batchId]);
    return rows[0] ?? null;
  }

  /** Why a file's load was refused: written after its transaction rolled back, so it is told on the batch's page. */
  async markRefused(id: string, reason: string): Promise<void> {
    await this.ds.query('UPDATE desk_previews SET load_error = $2 WHERE id = $1 AND confirmed_at IS NULL', [id, reason]);
  }

  /** The preview named by `token`, if this session made it; locked when read inside a transaction. */
  async find(token: string, sessionId: string, m: EntityManager = this.ds.manager, lock = false): Promise<StoredPreview | null> {
    const rows: StoredPreview[] = await m.query(
      `SELECT ${COLUMNS} FROM desk_previews WHERE token = $1 AND session_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [token, sessionId],
    );
    return rows[0] ?? null;
  }

  async markConfirmed(m: EntityManager, id: string, noticeKey: string, auditId: string | null = null): Promise<void> {
    await m.query('UPDATE desk_previews SET confirmed_at = now(), notice_key = $2, audit_id = $3, load_error = NULL WHERE id = $1', [id, noticeKey, auditId]);
  }
}
