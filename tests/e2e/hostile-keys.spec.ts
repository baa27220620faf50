import { randomBytes } from 'crypto';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient } from '../support/desk-client.util';

const junk = () => `Bearer rmk_${randomBytes(24).toString('base64url')}`;

describe('made-up keys on pages, exports and the calendar', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ rateLimitPerMinute: 5 });
  });
  afterAll(() => api.close());

  it('counts every made-up key against its address: a new junk value opens no new allowance', async () => {
    const paths = ['/probations', '/export/csv', '/calendar/probations.ics', '/org/' + encodeURIComponent('青禾市财政局'), '/export/json'];
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await fetch(`${api.url}${paths[i % paths.length]}`, { headers: { authorization: junk() } })).status);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    // The address is spent for requests without a key as well.
    expect((await fetch(`${api.url}/probations`)).status).toBe(429);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });

  it('still gives a real key a budget of its own', async () => {
    const key = await api.key('reader', 'office-reader');
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${api.url}/probations`, { headers: { authorization: `Bearer ${key}` } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect((await fetch(`${api.url}/probations`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(429);
  });
});

describe('wrong keys at sign-in from one address (an office behind NAT)', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  it('makes wrong keys wait after ten failures, and still signs a right key in', async () => {
    const clerk = new DeskClient(api);
    for (let i = 0; i < 10; i++) expect((await clerk.signIn(`rmk_wrong${i}`)).status).toBe(401);
    const refused = await clerk.signIn('rmk_wrong-again');
    expect(refused.status).toBe(429);
    expect(refused.body).toContain('登录失败次数过多');
    expect(refused.body).toContain('正确的密钥仍可登录');

    const colleague = new DeskClient(api);
    const r = await colleague.signIn(await api.key('editor', 'colleague'));
    expect(r.status).toBe(303);
    expect((await colleague.get('/')).body).toContain('colleague（编辑）');
    // Signing in clears nothing: wrong keys from the address still wait.
    expect((await new DeskClient(api).signIn('rmk_wrong-later')).status).toBe(429);
  });
});
