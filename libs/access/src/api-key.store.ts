import type { DataSource } from 'typeorm';
import { returnedRows } from '@renmian/database';
import { Role, generateApiKey, hashApiKey, isRole } from './api-key';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The holder of a key, as requests and the audit log name it. */
export interface Actor {
  name: string;
  role: Role;
}

export class ApiKeyError extends Error {}

export class ApiKeyStore {
  constructor(private readonly ds: DataSource) {}

  /** Creates a key and returns it in clear text: the only time it exists outside the caller. */
  async create(name: string, role: string): Promise<{ key: string; record: ApiKeyRecord }> {
    if (!isRole(role)) throw new ApiKeyError(`unknown role ${JSON.stringify(role)}: use reader, editor or admin`);
    if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(name)) throw new ApiKeyError('a key name is 1-64 letters, digits, . _ @ or -');
    const key = generateApiKey();
    const rows = await this.ds.query(
      `INSERT INTO api_keys (name, role, key_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING
       RETURNING id::text, name, role, created_at AS "createdAt", revoked_at AS "revokedAt"`,
      [name, role, hashApiKey(key)],
    );
    if (rows.length === 0) throw new ApiKeyError(`a key named ${name} exists already`);
    return { key, record: rows[0] };
  }

  list(): Promise<ApiKeyRecord[]> {
    return this.ds.query(
      `SELECT id::text, name, role, created_at AS "createdAt", revoked_at AS "revokedAt" FROM api_keys ORDER BY created_at, id`,
    );
  }

  async revoke(name: string): Promise<ApiKeyRecord> {
    const rows = returnedRows<ApiKeyRecord>(
      await this.ds.query(
        `UPDATE api_keys SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL
         RETURNING id::text, name, role, created_at AS "createdAt", revoked_at AS "revokedAt"`,
        [name],
      ),
    );
    if (rows.length === 0) throw new ApiKeyError(`no active key named ${name}`);
    return rows[0];
  }

  /** The actor holding `key`, or null for a key that is unknown or revoked. */
  async authenticate(key: string): Promise<Actor | null> {
    const rows: Actor[] = await this.ds.query('SELECT name, role FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [
      hashApiKey(key),
    ]);
    return rows[0] ?? null;
  }
}
