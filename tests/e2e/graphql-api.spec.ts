import { readFileSync } from 'fs';
import { join } from 'path';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { REPO_ROOT } from '../support/shared-dir.util';

const sample = (name: string) => readFileSync(join(REPO_ROOT, 'docs', 'samples', name), 'utf8');

describe('GraphQL over HTTP on the bundled samples', () => {
  let api: ApiServer;
  /** A moment after the June notice was loaded and before the March one was. */
  let betweenLoads: string;

  beforeAll(async () => {
    api = await startApiServer();
    // Loaded newest first: the answers must not depend on the order.
    for (const f of ['qinghe-2024-06.txt', 'qinghe-2024-03.txt']) {
      const r = await api.gql('mutation($t: String!, $f: String) { ingest(text: $t, filename: $f) { loaded } }', { t: sample(f), f }, await api.editorKey());
      expect(r.data).toEqual({ ingest: { loaded: true } });
      if (f === 'qinghe-2024-06.txt') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        betweenLoads = new Date().toISOString();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
  afterAll(() => api.close());

  it('lists an organisation’s holders with the principal post first', async () => {
    const r = await api.gql<{ holders: { person: { name: string }; post: { title: string; singleSeat: boolean } }[] }>(
      '{ holders(asOf: "2024-04-01", organization: "青禾市财政局") { person { name } post { title singleSeat } } }',
    );
    expect(r.data!.holders.map((h) => [h.post.title, h.person.name])).toEqual([
      ['局长', '张晓明'],
      ['副局长', '李红'],
      ['副局长', '王建国'],
    ]);
  });

  it('marks an inferred end as inferred and cites the appointment that implied it', async () => {
    const r = await api.gql<{ history: { edges: { node: { type: string; inferred: boolean; effectiveOn: string; person: { name: string }; source: { docNumber: string; text: string } } }[] } }>(
      '{ history(position: "青禾市财政局局长") { edges { node { type inferred effectiveOn person { name } source { docNumber text } } } } }',
    );
    const nodes = r.data!.history.edges.map((e) => e.node);
    // Same-day events keep the order of the notice's text.
    expect(nodes.map((n) => [n.type, n.person.name, n.effectiveOn])).toEqual([
      ['APPOINT', '张晓明', '2024-03-09'],
      ['REMOVE', '刘德明', '2024-03-09'],
      ['INFERRED_END', '张晓明', '2024-06-20'],
      ['APPOINT', '周一鸣', '2024-06-20'],
    ]);
    const inferred = nodes.find((n) => n.type === 'INFERRED_END')!;
    expect(inferred.inferred).toBe(true);
    expect(inferred.source).toEqual({ docNumber: '青政任〔2024〕15号', text: '周一鸣为青禾市财政局局长' });
    expect(nodes.filter((n) => n.type !== 'INFERRED_END').every((n) => !n.inferred)).toBe(true);
  });

  it('answers as the database knew things at an earlier moment (knownAt)', async () => {
    const q = `query($k: DateTime) {
      holders(asOf: "2024-04-01", position: "青禾市财政局局长", knownAt: $k) { person { name } }
      history(position: "青禾市财政局局长", knownAt: $k) { totalCount }
    }`;
    type R = { holders: { person: { name: string } }[]; history: { totalCount: number } };
    const now = (await api.gql<R>(q, { k: null })).data!;
    const then = (await api.gql<R>(q, { k: betweenLoads })).data!;
    // Before the March notice was loaded, nothing was known of April's head of the bureau.
    expect(now.holders.map((h) => h.person.name)).toEqual(['张晓明']);
    expect(then.holders).toEqual([]);
    expect(then.history.totalCount).toBe(1);
    expect(now.history.totalCount).toBe(4);
    const tooEarly = (await api.gql<R>(q, { k: '2000-01-01T00:00:00Z' })).data!;
    expect(tooEarly.history.totalCount).toBe(0);
  });

  it('pages through history with Relay cursors', async () => {
    type Page = { history: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const q = 'query($after: String) { history(organization: "青禾市财政局", first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: Page = (await api.gql<Page>(q, { after })).data!;
      seen.push(...page.history.edges.map((e) => e.node.id));
      if (!page.history.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(page.history.totalCount);
        break;
      }
      after = page.history.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(2);
  });

  it('finds a notice with its events and people by part of their name', async () => {
    const r = await api.gql<{ notice: { date: string; events: { type: string }[] }; people: { name: string }[] }>(
      '{ notice(docNumber: "青政任〔2024〕7号") { date events { type } } people(search: "晓明") { name } }',
    );
    expect(r.data!.notice.date).toBe('2024-03-09');
    expect(r.data!.notice.events).toHaveLength(5);
    expect(r.data!.people).toEqual([{ name: '张晓明' }]);
  });

  it.each([
    ['an impossible date', '{ holders(asOf: "2023-02-30", position: "x") { start } }', 'asOf'],
    ['both position and organization', '{ holders(asOf: "2023-02-01", position: "x", organization: "y") { start } }', 'position / organization'],
    ['neither position nor organization', '{ holders(asOf: "2023-02-01") { start } }', 'position / organization'],
    ['a page larger than 100', '{ history(first: 101) { totalCount } }', 'first'],
    ['a forged cursor', '{ history(after: "bm9wZQ") { totalCount } }', 'after'],
    ['a reversed range', '{ probationsEnding(from: "2024-02-01", to: "2024-01-01") { start } }', 'to'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_label, query, argument) => {
    const r = await api.gql(query);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message.startsWith(argument)).toBe(true);
  });

  it('reports a query for a field that does not exist as such, not as an internal error', async () => {
    const r = await api.gql('{ nope }');
    expect(r.errors![0].message).toContain('nope');
    expect(r.errors![0].message).not.toBe('Internal server error');
  });

  it('refuses to ingest a text without notices, naming the argument, and writes nothing', async () => {
    const before = (await api.gql<{ notices: { totalCount: number } }>('{ notices { totalCount } }')).data!.notices.totalCount;
    const r = await api.gql('mutation { ingest(text: "今天天气很好。") { loaded } }', {}, await api.editorKey());
    expect(r.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/^text: contains no appointment or removal notice/);
    expect((await api.gql<{ notices: { totalCount: number } }>('{ notices { totalCount } }')).data!.notices.totalCount).toBe(before);
  });

  it('shows GraphiQL to a browser that opens /graphql', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql');
    const page = await fetch(`${api.url}/graphiql`);
    expect(page.status).toBe(200);
  });

  it('answers /health', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });
});
