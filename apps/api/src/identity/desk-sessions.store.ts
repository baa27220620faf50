import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { DataSource } from 'typeorm';
import { Role, hashApiKey } from '@renmian/access';
import { DESK_OPTIONS, DeskOptions } from './desk.config';
import type { Viewer } from './viewer';

/** A session's last use is written at most this often: a page view is not worth a write each time. */
const TOUCH_EVERY_SECONDS = 60;

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The form token of a session, derived from the session's own secret: bound to it, different for
 * every session, and nothing to store. A page from another site cannot read it, and it does not
 * reveal the cookie it is derived from.
 */
export function csrfTokenOf(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('renmian-desk-csrf').digest('base64url');
}

export function csrfMatches(sessionToken: string, sent: unknown): boolean {
  if (typeof sent !== 'string' || sent === '') return false;
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Desk sessions in PostgreSQL. The cookie carries 32 random bytes; the table keeps their sha256.
 * A session counts while its key is not revoked, it was used within the idle time and it is
 * younger than the absolute limit; one that does not is deleted when it is next presented.
 */
@Injectable()
export class DeskSessions {
  constructor(
    private readonly ds: DataSource,
    @Inject(DESK_OPTIONS) private readonly options: DeskOptions,
  ) {}

  /** A new session for the holder of `apiKey`, or null when the key is unknown or revoked. */
  async signIn(apiKey: string): Promise<{ token: string; viewer: Viewer } | null> {
    const keys: { id: string; name: string; role: Role }[] = await this.ds.query(
      'SELECT id::text, name, role FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
      [hashApiKey(apiKey)],
    );
    if (keys.length === 0) return null;
    await this.purgeExpired();
    const token = randomBytes(32).toString('base64url');
    const [{ id }]: { id: string }[] = await this.ds.query('INSERT INTO desk_sessions (token_hash, api_key_id) VALUES ($1, $2) RETURNING id::text', [
      hashToken(token),
      keys[0].id,
    ]);
    return { token, viewer: { sessionId: id, name: keys[0].name, role: keys[0].role, csrf: csrfTokenOf(token) } };
  }

  /** Who holds this session token, or null when it names no live session. */
  async find(token: string): Promise<Viewer | null> {
    const rows: { id: string; name: string; role: Role; live: boolean; stale: boolean }[] = await this.ds.query(
      `SELECT s.id::text, k.name, k.role,
              k.revoked_at IS NULL AND s.last_seen_at > now() - make_interval(mins => $2) AND s.created_at > now() - make_interval(hours => $3) AS live,
              s.last_seen_at < now() - make_interval(secs => $4) AS stale
         FROM desk_sessions s JOIN api_keys k ON k.id = s.api_key_id WHERE s.token_hash = $1`,
      [hashToken(token), this.options.idleMinutes, this.options.maxHours, TOUCH_EVERY_SECONDS],
    );
    const row = rows[0];
    if (!row) return null;
    if (!row.live) {
      await this.ds.query('DELETE FROM desk_sessions WHERE id = $1', [row.id]);
      return null;
    }
    if (row.stale) await this.ds.query('UPDATE desk_sessions SET last_seen_at = now() WHERE id = $1', [row.id]);
    return { sessionId: row.id, name: row.name, role: row.role, csrf: csrfTokenOf(token) };
  }

  async end(token: string): Promise<void> {
    await this.ds.query('DELETE FROM desk_sessions WHERE token_hash = $1', [hashToken(token)]);
  }

  /** Sessions nobody will present again; run at sign-in so the table never grows without bound. */
  private async purgeExpired(): Promise<void> {
    await this.ds.query(
      `DELETE FROM desk_sessions WHERE last_seen_at < now() - make_interval(mins => $1) OR created_at < now() - make_interval(hours => $2)`,
      [this.options.idleMinutes, this.options.maxHours],
    );
  }
}
