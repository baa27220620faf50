import { Client } from 'pg';
import { ApiServer, startApiServer } from '../support/api-server.util';

/**
 * The database goes away while the service runs (its connections are cut and new ones refused,
 * as during a restart) and comes back: requests in between fail clearly, /health says so, and the
 * service recovers by itself.
 */
describe('the service while its database is away', () => {
  let api: ApiServer;
  let admin: Client;
  let database: string;

  beforeAll(async () => {
    api = await startApiServer();
    admin = new Client({ connectionString: process.env.RENMIAN_TEST_ADMIN_URL });
    await admin.connect();
    database = api.databaseName;
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin.end();
    await api.close();
  });

  const health = async () => {
    const res = await fetch(`${api.url}/health`);
    return { status: res.status, body: (await res.json()) as { status: string } };
  };

  it('reports the outage, fails requests clearly, and recovers without a restart', async () => {
    expect((await health()).status).toBe(200);
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('error');
    const r = await api.gql('{ notices { totalCount } }');
    expect(r.errors![0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(r.errors![0].message).toContain('database is unavailable');

    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    let up = await health();
    for (let i = 0; i < 20 && up.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      up = await health();
    }
    expect(up.status).toBe(200);
    expect((await api.gql('{ notices { totalCount } }')).data).toEqual({ notices: { totalCount: 0 } });
  });
});
