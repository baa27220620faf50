import { createHash } from 'crypto';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient, onDatabase } from '../support/desk-client.util';

describe('desk sessions over HTTP', () => {
  let api: ApiServer;
  let editorKey: string;

  beforeAll(async () => {
    api = await startApiServer();
    editorKey = await api.key('editor', 'desk-editor');
  });
  afterAll(() => api.close());

  it('shows a sign-in form, and refuses a wrong key with a message and no cookie', async () => {
    const desk = new DeskClient(api);
    const form = await desk.get('/sign-in');
    expect(form.status).toBe(200);
    expect(form.body).toContain('name="key"');
    // What an administrator types stays in the README: a clerk is told whom to ask.
    expect(form.body).not.toMatch(/npm run|apikey/);
    expect(form.body).toContain('请向系统管理员申请');
    const wrong = await desk.signIn('rmk_not-a-key');
    expect(wrong.status).toBe(401);
    expect(wrong.setCookie).toBeNull();
    expect(wrong.body).toContain('API 密钥无效或已被吊销');
    // No English internals in brackets in what a clerk reads.
    expect(/<main>[\s\S]*<\/main>/.exec(wrong.body)![0]).not.toMatch(/（[a-z_]+）/i);
    expect((await desk.signIn('')).body).toContain('请填写 API 密钥');
  });

  it('signs in with 303 and an HttpOnly, SameSite=Strict session cookie (not Secure over plain http), keeping only its hash', async () => {
    const desk = new DeskClient(api);
    const r = await desk.signIn(editorKey);
    expect(r.status).toBe(303);
    expect(r.location).toBe('/');
    const cookie = r.setCookie!;
    expect(cookie).toMatch(/^renmian_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const token = /renmian_session=([^;]+)/.exec(cookie)![1];
    const stored = await onDatabase(api, async (db) => (await db.query('SELECT token_hash FROM desk_sessions')).rows.map((row) => row.token_hash));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain(token);
    const home = await desk.get('/');
    expect(home.body).toContain('desk-editor（编辑）');
    expect(home.body).toContain('href="/review"');
  });

  it('keeps desk pages out of frames and caches, and keeps form bodies away from GraphQL', async () => {
    const desk = new DeskClient(api);
    await desk.signIn(editorKey);
    const r = await fetch(`${api.url}/audit`, { headers: { cookie: desk.cookie! } });
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${api.url}/`, { headers: { cookie: desk.cookie! } })).headers.get('cache-control')).toBe('no-store');
    const form = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: desk.cookie! },
      body: new URLSearchParams({ query: 'mutation { retractNotice(docNumber: "x", reason: "y") { id } }' }).toString(),
    });
    expect(form.status).toBe(415);
  });

  it('does not believe X-Forwarded-Proto unless configured behind a proxy', async () => {
    const r = await fetch(`${api.url}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https' },
      body: new URLSearchParams({ key: editorKey }).toString(),
      redirect: 'manual',
    });
    expect(r.status).toBe(303);
    expect(r.headers.get('set-cookie')).not.toContain('Secure');
  });

  it('refuses a sign-in form another site sent', async () => {
    const r = await fetch(`${api.url}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: new URLSearchParams({ key: editorKey }).toString(),
      redirect: 'manual',
    });
    expect(r.status).toBe(403);
    expect(r.headers.get('set-cookie')).toBeNull();
  });

  it('goes back to the page asked for after signing in, but never to another site', async () => {
    const desk = new DeskClient(api);
    expect((await desk.post('/sign-in', { key: editorKey, next: '/audit?actor=x' }, { csrf: false })).location).toBe('/audit?actor=x');
    expect((await desk.post('/sign-in', { key: editorKey, next: '//evil.example/' }, { csrf: false })).location).toBe('/');
    expect((await desk.post('/sign-in', { key: editorKey, next: 'https://evil.example/' }, { csrf: false })).location).toBe('/');
  });

  it('sends a desk page opened without a session to the sign-in form, and back after', async () => {
    const r = await new DeskClient(api).get('/audit');
    expect(r.status).toBe(303);
    expect(r.location).toBe('/sign-in?next=%2Faudit');
  });

  it('signs out only with the session’s csrf value; after that the cookie opens nothing', async () => {
    const desk = new DeskClient(api);
    await desk.signIn(editorKey);
    const refused = await desk.post('/sign-out', {}, { csrf: false });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('csrf');
    expect((await desk.get('/audit')).status).toBe(200);
    const out = await desk.post('/sign-out', {});
    expect(out.status).toBe(303);
    expect(out.setCookie).toMatch(/renmian_session=;/);
    expect((await desk.get('/audit')).status).toBe(303);
  });

  it('ends a session that sat idle too long, one older than the absolute limit, and one whose key was revoked', async () => {
    const idle = new DeskClient(api);
    await idle.signIn(editorKey);
    const old = new DeskClient(api);
    await old.signIn(editorKey);
    const revokedKey = await api.key('editor', 'soon-revoked');
    const revoked = new DeskClient(api);
    await revoked.signIn(revokedKey);
    for (const d of [idle, old, revoked]) expect((await d.get('/audit')).status).toBe(200);
    const hash = (d: DeskClient) => createHash('sha256').update(d.cookie!.slice('renmian_session='.length)).digest('hex');
    await onDatabase(api, async (db) => {
      await db.query(`UPDATE desk_sessions SET last_seen_at = now() - interval '61 minutes' WHERE token_hash = $1`, [hash(idle)]);
      await db.query(`UPDATE desk_sessions SET created_at = now() - interval '13 hours' WHERE token_hash = $1`, [hash(old)]);
      await db.query(`UPDATE api_keys SET revoked_at = now() WHERE name = 'soon-revoked'`);
    });
    for (const d of [idle, old, revoked]) expect((await d.get('/audit')).status).toBe(303);
    const left = await onDatabase(api, async (db) => (await db.query('SELECT count(*)::int AS n FROM desk_sessions WHERE token_hash = ANY($1)', [[hash(idle), hash(old), hash(revoked)]])).rows[0].n);
    expect(left).toBe(0);
  });
});

describe('desk sessions behind a proxy, with few sign-in attempts', () => {
  let api: ApiServer;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.TRUST_PROXY_PROTO = 'true';
    process.env.DESK_SIGN_IN_ATTEMPTS = '3';
    api = await startApiServer();
  });
  afterAll(async () => {
    process.env = saved;
    await api.close();
  });

  it('marks the cookie Secure when the proxy says the page came over https', async () => {
    const key = await api.key('reader');
    const r = await fetch(`${api.url}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https' },
      body: new URLSearchParams({ key }).toString(),
      redirect: 'manual',
    });
    expect(r.headers.get('set-cookie')).toContain('Secure');
  });

  it('slows down an address that keeps guessing keys', async () => {
    const desk = new DeskClient(api);
    for (let i = 0; i < 3; i++) expect((await desk.signIn(`rmk_guess${i}`)).status).toBe(401);
    const r = await desk.signIn('rmk_guess4');
    expect(r.status).toBe(429);
    expect(r.body).toContain('登录失败次数过多');
  });
});

describe('desk sessions where reads need a key (REQUIRE_AUTH_FOR_READS)', () => {
  let api: ApiServer;

  beforeAll(async () => {
    api = await startApiServer({ requireAuthForReads: true });
  });
  afterAll(() => api.close());

  it('lets a signed-in session read the pages that otherwise need a reader key', async () => {
    const desk = new DeskClient(api);
    expect((await desk.get('/probations')).status).toBe(401);
    await desk.signIn(await api.key('reader'));
    const r = await desk.get('/probations');
    expect(r.status).toBe(200);
    expect(r.body).toContain('reader-1（只读）');
  });
});
