import { Client } from 'pg';
import { withDatabaseName } from '@renmian/database';
import type { ApiServer } from './api-server.util';

export interface DeskResponse {
  status: number;
  location: string | null;
  setCookie: string | null;
  body: string;
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
  /** The form field it goes under: `file` unless told (`folder` for a folder's files). */
  field?: string;
}

/**
 * A person at the desk over plain HTTP: one session cookie, forms posted as a browser posts them
 * (urlencoded, or multipart when a file goes with them), redirects not followed so tests see them.
 */
export class DeskClient {
  cookie: string | null = null;

  constructor(private readonly api: ApiServer) {}

  async signIn(key: string): Promise<DeskResponse> {
    const r = await this.post('/sign-in', { key }, { csrf: false });
    if (r.status === 303) this.cookie = /renmian_session=[^;]*/.exec(r.setCookie ?? '')?.[0] ?? null;
    return r;
  }

  get(path: string): Promise<DeskResponse> {
    return this.send(path, { method: 'GET' });
  }

  /** The csrf value the desk's pages give this session (read from a page, as a browser would have it). */
  async csrf(): Promise<string> {
    const page = await this.get('/');
    const m = /name="csrf" value="([^"]+)"/.exec(page.body);
    if (!m) throw new Error(`no csrf field on the home page (signed in?) (status ${page.status})`);
    return m[1];
  }

  /** Posts a form; the session's csrf is added unless `csrf` is false or given. */
  /** `files`: several files sent under the one field name `file`, as a `multiple` input or a folder sends them. */
  async post(path: string, fields: Record<string, string | string[]>, options: { csrf?: string | false; file?: UploadedFile; files?: UploadedFile[] } = {}): Promise<DeskResponse> {
    const all: [string, string][] = Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v] as [string, string]]));
    if (options.csrf !== false) all.unshift(['csrf', options.csrf ?? (await this.csrf())]);
    const files = options.files ?? (options.file ? [options.file] : null);
    if (files) {
      const form = new FormData();
      for (const [k, v] of all) form.append(k, v);
      for (const f of files) form.append(f.field ?? 'file', new Blob([f.bytes], { type: f.type ?? 'application/octet-stream' }), f.name);
      return this.send(path, { method: 'POST', body: form });
    }
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(all).toString(),
    });
  }

  private async send(path: string, init: RequestInit): Promise<DeskResponse> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    const res = await fetch(`${this.api.url}${path}`, { ...init, headers, redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), setCookie: res.headers.get('set-cookie'), body: await res.text() };
  }
}

/** The database behind a test server, for what only the database can show (hashes, clocks, row counts). */
export async function onDatabase<T>(api: ApiServer, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: withDatabaseName(process.env.RENMIAN_TEST_ADMIN_URL!, api.databaseName) });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
