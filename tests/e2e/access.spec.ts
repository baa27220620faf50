import { ApiServer, startApiServer } from '../support/api-server.util';

const INGEST = 'mutation { ingest(text: "今天天气很好。") { loaded } }';
const READ = '{ notices { totalCount } }';

describe('access control over HTTP', () => {
  describe('with open reads (the default)', () => {
    let api: ApiServer;
    beforeAll(async () => {
      api = await startApiServer();
    });
    afterAll(() => api.close());

    it('lets anyone read', async () => {
      expect((await api.gql(READ)).data).toEqual({ notices: { totalCount: 0 } });
    });

    it('refuses a write without a key as UNAUTHENTICATED', async () => {
      const r = await api.gql(INGEST);
      expect(r.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.errors![0].message).toContain('editor');
    });

    it('refuses an unknown or revoked key as UNAUTHENTICATED, even for a read', async () => {
      expect((await api.gql(INGEST, {}, 'rmk_not-a-key')).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.gql(READ, {}, 'rmk_not-a-key')).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a reader key on a write as FORBIDDEN', async () => {
      const r = await api.gql(INGEST, {}, await api.key('reader'));
      expect(r.errors![0].extensions?.code).toBe('FORBIDDEN');
    });

    it.each(['editor', 'admin'] as const)('lets an %s key write', async (role) => {
      const r = await api.gql(INGEST, {}, await api.key(role));
      // Authorised: the mutation ran and refused the text on its own merits.
      expect(r.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a malformed Authorization header', async () => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
        body: JSON.stringify({ query: READ }),
      });
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('key management', () => {
    let api: ApiServer;
    beforeAll(async () => {
      api = await startApiServer();
    });
    afterAll(() => api.close());

    it('is for admins only; a created key works at once and stops working when revoked', async () => {
      const create = 'mutation { createApiKey(name: "clerk", role: "editor") { name role key } }';
      expect((await api.gql(create, {}, await api.key('editor'))).errors![0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql('{ apiKeys { name } }')).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      const admin = await api.key('admin', 'root');
      const made = await api.gql<{ createApiKey: { key: string; role: string } }>(create, {}, admin);
      expect(made.data!.createApiKey.role).toBe('editor');
      const clerk = made.data!.createApiKey.key;
      expect((await api.gql(INGEST, {}, clerk)).errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      await api.gql('mutation { revokeApiKey(name: "clerk", reason: "left the office") { revokedAt } }', {}, admin);
      expect((await api.gql(INGEST, {}, clerk)).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      const log = await api.gql<{ auditLog: { edges: { node: { actor: string; action: string } }[] } }>('{ auditLog(actor: "root") { edges { node { actor action } } } }');
      expect(log.data!.auditLog.edges.map((e) => e.node.action)).toEqual(['revokeApiKey', 'createApiKey']);
    });
  });

  describe('with REQUIRE_AUTH_FOR_READS', () => {
    let api: ApiServer;
    beforeAll(async () => {
      api = await startApiServer({ requireAuthForReads: true });
    });
    afterAll(() => api.close());

    it('needs a reader key to read', async () => {
      expect((await api.gql(READ)).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.gql(READ, {}, await api.key('reader'))).data).toEqual({ notices: { totalCount: 0 } });
    });
  });
});
