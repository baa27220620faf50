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
