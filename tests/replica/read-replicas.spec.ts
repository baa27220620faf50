import { Client } from 'pg';
import type { ApiServer } from '../support/api-server.util';
import { DeskClient } from '../support/desk-client.util';
import { Standby, createStandby } from '../support/standby.util';
import { freshDatabase } from '../support/test-database.util';
import { ReplicaServer, startReplicaServer } from './replica-server.util';

/**
 * Read replicas against a real hot standby of the machine's PostgreSQL (tests/support/standby.util.ts):
 * reads are served by it, a writer reads its own writes while replay is paused and others do not,
 * and the standby stopped under load costs no request. `npm run test:replica`; .ci/run runs it.
 */
const GAZETTE = [
  '# 青禾市人民政府 关于任免张晓明等工作人员职务的通知',
  '青政任〔2024〕40号',
  '市人民政府决定，任命：',
  '张晓明为青禾市财政局局长（试用期一年）；',
  '李红为青禾市卫生检验监测中心副主任。',
  '青禾市人民政府',
  '2024年3月9日',
].join('\n');

const HEAD_OF_FINANCE = '{ holders(asOf: "2024-04-01", position: "青禾市财政局局长") { person { name } } }';
type Holders = { holders: { person: { name: string } }[] };
type Health = { status: string; replicas: { status: string; lagMs: number | null; replayLsn: string | null; streaming: boolean | null }[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

describe('read replicas on a real streaming standby', () => {
  let standby: Standby;
  let db: { url: string; drop: () => Promise<void> };
  let name: string;
  let api: ReplicaServer;
  let primary: Client;
  let primaryServer: Client;
  let editor: string;

  const health = async () => (await (await fetch(`${api.url}/health`)).json()) as Health;
  const commits = async () => {
    // Asked from another database: the asking would count in this one's figures.
    const onPrimary = await primaryServer.query<{ n: string }>('SELECT xact_commit AS n FROM pg_stat_database WHERE datname = $1', [name]);
    const onStandby = await standby.query<{ n: string }>(`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = '${name}'`);
    return { primary: Number(onPrimary.rows[0].n), standby: Number(onStandby[0].n) };
  };
  /** The standby answers and has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    await waitFor('the standby to replay the primary', async () => {
      const [r] = await standby.query<{ ok: boolean }>(`SELECT pg_last_wal_replay_lsn() >= '${rows[0].lsn}'::pg_lsn AS ok`);
      const h = await health();
      return r.ok && h.replicas[0].status === 'up' && h.replicas[0].lagMs === 0 && h.replicas[0].streaming === true;
    });
  };

  beforeAll(async () => {
    standby = await createStandby(process.env.RENMIAN_TEST_ADMIN_URL);
    db = await freshDatabase();
    name = new URL(db.url).pathname.slice(1);
    primary = new Client({ connectionString: db.url });
    await primary.connect();
    primaryServer = new Client({ connectionString: process.env.RENMIAN_TEST_ADMIN_URL });
    await primaryServer.connect();
    await waitFor('the new database on the standby', () => standby.query(`SELECT 1 AS ok FROM pg_database WHERE datname = '${name}'`).then((r) => r.length > 0));
    api = await startReplicaServer(db.url, standby.url(name));
    editor = await api.key('editor', 'replica-editor');
    const loaded = await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t: GAZETTE }, editor);
    expect(loaded.errors).toBeUndefined();
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await primary?.end();
    await primaryServer?.end();
    await standby?.remove();
    await db?.drop();
  }, 60_000);

  it('serves reads — GraphQL, pages, calendar, exports — from the standby, counted in pg_stat_database on each', async () => {
    // Statistics reach pg_stat_database when a backend goes idle (at most 10 s later in PostgreSQL
    // 15): let what the set-up did (its /health pings are read on the primary) settle first.
    await sleep(11_000);
    const before = await commits();
    const rounds = 40;
    for (let i = 0; i < rounds; i++) {
      const r = await api.gql<Holders>(HEAD_OF_FINANCE);
      expect(r.data!.holders.map((h) => h.person.name)).toEqual(['张晓明']);
      expect(typeof r.extensions?.replicaLagMs).toBe('number');
      for (const path of ['/org/青禾市财政局', '/person/张晓明', '/calendar/probations.ics', '/export/csv', '/']) {
        expect((await fetch(`${api.url}${encodeURI(path)}`)).status).toBe(200);
      }
    }
    const requests = rounds * 6;
    const after = await waitFor('the standby to count the reads', async () => {
      const now = await commits();
      return now.standby - before.standby >= requests ? now : null;
    });
    await sleep(11_000);
    const settled = await commits();
    const figures = { requests, standby: settled.standby - before.standby, primary: settled.primary - before.primary, replica: (await health()).replicas[0] };
    process.stdout.write(`replica reads: ${JSON.stringify(figures)}\n`);
    expect(after.standby - before.standby).toBeGreaterThanOrEqual(requests);
    expect(figures.primary).toBeLessThan(requests / 20);
  }, 120_000);

  it('shows a correction at once to the key that made it and, while replay is paused, not to others; after resume to both', async () => {
    await caughtUp();
    const anonymous = () => api.gql<Holders>(HEAD_OF_FINANCE);
    const asEditor = () => api.gql<Holders>(HEAD_OF_FINANCE, {}, editor);
    const names = (r: { data?: Holders }) => r.data!.holders.map((h) => h.person.name);
    const history = await api.gql<{ history: { edges: { node: { id: string; type: string } }[] } }>('{ history(person: "张晓明") { edges { node { id type } } } }');
    const eventId = history.data!.history.edges.find((e) => e.node.type === 'APPOINT')!.node.id;

    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      const corrected = await api.gql(`mutation { correctEvent(id: "${eventId}", input: { person: "张小明" }, reason: "OCR 小/晓") { action } }`, {}, editor);
      expect(corrected.errors).toBeUndefined();

      const mine = await asEditor();
      expect(names(mine)).toEqual(['张小明']);
      expect(mine.extensions?.replicaLagMs).toBeUndefined(); // read on the primary
      const theirs = await anonymous();
      expect(names(theirs)).toEqual(['张晓明']);
      expect(typeof theirs.extensions?.replicaLagMs).toBe('number'); // read on the standby, which says how old
      await sleep(1000);
      // Still paused: the writer stays on the primary, the others on the standby's older state.
      expect(names(await asEditor())).toEqual(['张小明']);
      expect(names(await anonymous())).toEqual(['张晓明']);
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    await waitFor('the anonymous reader to see the correction', async () => names(await anonymous())[0] === '张小明');
    // Once the standby has replayed the write, the writer's reads go back to it.
    const back = await waitFor('the writer to read from the standby again', async () => {
      const r = await asEditor();
      return r.extensions?.replicaLagMs !== undefined ? r : null;
    });
    expect(names(back)).toEqual(['张小明']);
  }, 60_000);

  it('does the same for a desk session: its pages show its correction while replay is paused, an anonymous page does not', async () => {
    await caughtUp();
    const desk = new DeskClient({ url: api.url } as unknown as ApiServer);
    expect((await desk.signIn(editor)).status).toBe(303);
    const history = await api.gql<{ history: { edges: { node: { id: string; type: string } }[] } }>('{ history(person: "李红") { edges { node { id type } } } }');
    const eventId = history.data!.history.edges.find((e) => e.node.type === 'APPOINT')!.node.id;
    const form = (await desk.get(`/correct/event/${eventId}`)).body;
    const field = (name: string) => new RegExp(`name="${name}"[^>]* value="([^"]*)"`).exec(form)![1];
    const orgPage = encodeURI('/org/青禾市卫生检验监测中心');
    const anonymousPage = async () => (await fetch(`${api.url}${orgPage}`)).text();

    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      const sent = await desk.post(`/correct/event/${eventId}`, {
        version: field('version'),
        person: '李虹',
        post: field('post'),
        type: /<option value="(\w+)" selected>/.exec(form)![1],
        effectiveOn: field('effectiveOn'),
        probationMonths: field('probationMonths'),
        reason: '原件为“虹”',
      });
      expect(sent.status).toBe(303);
      const mine = (await desk.get(orgPage)).body;
      expect(mine).toContain('李虹');
      const theirs = await anonymousPage();
      expect(theirs).toContain('李红');
      expect(theirs).not.toContain('李虹');
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    await waitFor('the anonymous page to show the correction', async () => (await anonymousPage()).includes('李虹'));
  }, 60_000);

  it('measures how soon a commit on the primary is replayed on the standby (the window a writer reads from the primary)', async () => {
    await caughtUp();
    const standbyClient = new Client({ connectionString: standby.url(name) });
    await standbyClient.connect();
    const delays: number[] = [];
    try {
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        await primary.query('INSERT INTO review_dismissals (item_key, reason, actor) VALUES ($1, $2, $3)', [`replay-probe-${i}`, 'measure', 'test']);
        const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
        for (;;) {
          const r = await standbyClient.query<{ ok: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [rows[0].lsn]);
          if (r.rows[0].ok) break;
        }
        delays.push(performance.now() - t0);
      }
    } finally {
      await standbyClient.end();
      await primary.query("DELETE FROM review_dismissals WHERE item_key LIKE 'replay-probe-%'");
    }
    delays.sort((a, b) => a - b);
    const ms = (q: number) => Math.round(delays[Math.floor(q * (delays.length - 1))] * 10) / 10;
    process.stdout.write(`commit to replayed on the standby, ms: ${JSON.stringify({ n: delays.length, median: ms(0.5), p90: ms(0.9), max: ms(1) })}\n`);
    expect(ms(0.5)).toBeLessThan(1000);
  }, 60_000);

  /** Four clients reading (GraphQL and a page, in turn) until stopped; what failed, and the slowest answer. */
  const readLoad = () => {
    const outcome = { ok: 0, failed: [] as string[], slowestMs: 0 };
    let running = true;
    const worker = async (n: number) => {
      for (let i = 0; running; i++) {
        const t0 = performance.now();
        try {
          if ((i + n) % 2 === 0) {
            const r = await api.gql<Holders>(HEAD_OF_FINANCE);
            if (r.status !== 200 || r.errors || r.data?.holders.length !== 1) throw new Error(`graphql ${r.status} ${JSON.stringify(r.errors)}`);
          } else {
            const res = await fetch(`${api.url}${encodeURI('/org/青禾市财政局')}`);
            await res.text();
            if (res.status !== 200) throw new Error(`page ${res.status}`);
          }
          outcome.ok++;
        } catch (e) {
          outcome.failed.push((e as Error).message);
        }
        outcome.slowestMs = Math.max(outcome.slowestMs, Math.round(performance.now() - t0));
      }
    };
    const workers = Promise.all([0, 1, 2, 3].map(worker));
    return {
      async stop() {
        running = false;
        await workers;
        return outcome;
      },
    };
  };

  it('loses no request when the standby stops under a load of reads; /health shows it down, then up after restart', async () => {
    await caughtUp();
    const load = readLoad();
    await sleep(1500);
    const stoppedAt = Date.now();
    await standby.stop();
    await waitFor('/health to show the standby down', async () => (await health()).replicas[0].status === 'down', 5_000);
    const downAfterMs = Date.now() - stoppedAt;
    await sleep(3000);
    const outcome = await load.stop();
    process.stdout.write(`standby stopped under load: ${JSON.stringify({ ok: outcome.ok, failed: outcome.failed.length, slowestMs: outcome.slowestMs, downAfterMs })}\n`);
    expect(outcome.failed).toEqual([]);
    expect(outcome.ok).toBeGreaterThan(100);
    expect((await health()).status).toBe('ok');

    await standby.start();
    await waitFor('/health to show the standby up again', async () => (await health()).replicas[0].status === 'up', 20_000);
    await waitFor('reads to reach the standby again', async () => (await api.gql(HEAD_OF_FINANCE)).extensions?.replicaLagMs !== undefined, 10_000);
  }, 90_000);

  it('loses no request when the standby hangs (stops answering, closes nothing): out of rotation in seconds, back when it answers', async () => {
    await caughtUp();
    const load = readLoad();
    await sleep(1500);
    const frozenAt = Date.now();
    standby.freeze();
    let downAfterMs: number;
    try {
      await waitFor('/health to show the hung standby down', async () => (await health()).replicas[0].status === 'down', 10_000);
      downAfterMs = Date.now() - frozenAt;
      await sleep(2000);
    } finally {
      standby.thaw();
    }
    const outcome = await load.stop();
    process.stdout.write(`standby hung under load: ${JSON.stringify({ ok: outcome.ok, failed: outcome.failed.length, slowestMs: outcome.slowestMs, downAfterMs })}\n`);
    expect(outcome.failed).toEqual([]);
    // Reads waiting on it are cut when it fails its check (1.5 s here), not left to their timeout.
    expect(outcome.slowestMs).toBeLessThan(5000);
    await waitFor('/health to show the standby up again', async () => (await health()).replicas[0].status === 'up', 20_000);
    await waitFor('reads to reach the standby again', async () => (await api.gql(HEAD_OF_FINANCE)).extensions?.replicaLagMs !== undefined, 10_000);
  }, 90_000);
});
