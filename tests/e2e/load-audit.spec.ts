import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir, userInfo } from 'os';
import { join } from 'path';
import { withDatabaseName } from '@renmian/database';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { DeskClient, onDatabase } from '../support/desk-client.util';
import { noticeText } from '../support/notice-text.util';
import { REPO_ROOT } from '../support/shared-dir.util';

// The command line is a new Node process with TypeScript registration: slow on a loaded machine.
jest.setTimeout(60_000);

// Invented names throughout; one text per door.
const ISSUER = '青禾市人民政府';
const gazette = (n: number, person: string, post: string) => noticeText({ issuer: ISSUER, docNumber: `青政任〔2025〕${n}号`, date: '2025-03-01', appoint: [{ person, post }] });
const BY_GRAPHQL = gazette(301, '钱一舟', '青禾市统计局局长');
const BY_DESK = gazette(302, '孙二禾', '青禾市水务局局长');
const BY_CLI = gazette(303, '李三川', '青禾市审计局局长');

interface EntryNode {
  id: string;
  actor: string;
  door: string | null;
  action: string;
  reason: string;
  after: string;
}

/** The three doors over one server's database: GraphQL and the desk over HTTP, the command line on the same database. */
describe('every door writes the same audit entry for a load, and auditLog and /audit show them all', () => {
  let api: ApiServer;
  let gqlKey: string;
  let desk: DeskClient;
  let fileDir: string;

  const log = async (door?: string) =>
    (
      await api.gql<{ auditLog: { edges: { node: EntryNode }[] } }>(
        `query($door: AuditDoor) { auditLog(first: 50, door: $door) { edges { node { id actor door action reason after } } } }`,
        { door },
      )
    ).data!.auditLog.edges.map((e) => ({ ...e.node, after: JSON.parse(e.node.after) as Record<string, unknown> }));
  const cli = (...files: string[]) =>
    spawnSync('npm', ['run', '-s', 'cli', '--', 'ingest', ...files], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: withDatabaseName(process.env.RENMIAN_TEST_ADMIN_URL!, api.databaseName), NODE_OPTIONS: '' },
    });
  const tokenOn = (page: string) => /name="preview" value="([^"]+)"/.exec(page)![1];
  const confirmAtDesk = async (text: string) => {
    const preview = await desk.post('/ingest/preview', { text });
    expect(preview.status).toBe(200);
    expect((await desk.post('/ingest/confirm', { preview: tokenOn(preview.body) })).status).toBe(303);
  };
  const documentOf = (number: string) =>
    onDatabase(api, async (db) => (await db.query('SELECT d.id::text, d.content_hash FROM documents d JOIN notices n ON n.document_id = d.id WHERE n.doc_number = $1', [number])).rows[0]);

  beforeAll(async () => {
    api = await startApiServer();
    gqlKey = await api.key('editor', 'graphql-loader');
    desk = new DeskClient(api);
    await desk.signIn(await api.key('editor', 'desk-clerk'));
    fileDir = mkdtempSync(join(tmpdir(), 'renmian-audit-'));
  });
  afterAll(() => api.close());

  it('GraphQL: the key’s name, the document, its notices and events; a repeat load is nothing new; a refused text leaves no entry', async () => {
    const ingest = () => api.gql<{ ingest: { loaded: boolean; auditId: string } }>('mutation($t: String!) { ingest(text: $t, filename: "g.txt") { loaded auditId } }', { t: BY_GRAPHQL }, gqlKey);
    const first = (await ingest()).data!.ingest;
    expect(first.loaded).toBe(true);
    const [entry] = await log('GRAPHQL');
    expect(entry.id).toBe(first.auditId);
    const doc = await documentOf('青政任〔2025〕301号');
    expect(entry).toMatchObject({ actor: 'graphql-loader', door: 'GRAPHQL', action: 'loadNotices', reason: '经GraphQL 接口载入文件“g.txt”' });
    expect(entry.after).toMatchObject({
      door: 'graphql',
      loaded: true,
      nothingNew: false,
      filename: 'g.txt',
      document: { id: doc.id, textSha256: doc.content_hash, kind: 'text', sha256: null },
      notices: [{ key: '青政任〔2025〕301号', docNumber: '青政任〔2025〕301号', issuer: ISSUER }],
      events: 1,
    });
    const again = (await ingest()).data!.ingest;
    expect(again.loaded).toBe(false);
    const [latest] = await log('GRAPHQL');
    expect(latest.id).toBe(again.auditId);
    expect(latest.after).toMatchObject({ loaded: false, nothingNew: true, notices: [], events: 0, document: { id: doc.id } });
    // A text refused (no notice in it) is rolled back, entry and all.
    const refused = await api.gql('mutation { ingest(text: "青禾市今日天气晴。") { loaded } }', {}, gqlKey);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await log('GRAPHQL')).map((e) => e.id)).toEqual([again.auditId, first.auditId]);
  });

  it('the desk: the session’s key name and the preview confirmed; the same text confirmed again is nothing new', async () => {
    await confirmAtDesk(BY_DESK);
    const [entry] = await log('DESK');
    const doc = await documentOf('青政任〔2025〕302号');
    expect(entry).toMatchObject({ actor: 'desk-clerk', door: 'DESK', action: 'loadNotices', reason: '经预览后载入粘贴的文本' });
    expect(entry.after).toMatchObject({
      door: 'desk',
      loaded: true,
      nothingNew: false,
      filename: null,
      document: { id: doc.id, textSha256: doc.content_hash, kind: 'text' },
      notices: [{ key: '青政任〔2025〕302号', docNumber: '青政任〔2025〕302号', issuer: ISSUER }],
      events: 1,
    });
    await confirmAtDesk(BY_DESK);
    const [latest] = await log('DESK');
    expect(latest.id).not.toBe(entry.id);
    expect(latest.after).toMatchObject({ loaded: false, nothingNew: true, notices: [], document: { id: doc.id } });
  });

  it('the command line: the OS user, the file’s bytes hashed; the same file again is nothing new; a refused file leaves no entry', async () => {
    const file = join(fileDir, 'cli-gazette.txt');
    writeFileSync(file, BY_CLI);
    const run = cli(file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [entry] = await log('CLI');
    const doc = await documentOf('青政任〔2025〕303号');
    expect(entry).toMatchObject({ actor: `cli:${userInfo().username}`, door: 'CLI', action: 'loadNotices', reason: `经命令行载入文件“${file}”` });
    expect(entry.after).toMatchObject({
      door: 'cli',
      loaded: true,
      nothingNew: false,
      filename: file,
      document: { id: doc.id, textSha256: doc.content_hash, kind: 'text', sha256: createHash('sha256').update(readFileSync(file)).digest('hex') },
      notices: [{ key: '青政任〔2025〕303号', docNumber: '青政任〔2025〕303号', issuer: ISSUER }],
      events: 1,
    });
    const prose = join(fileDir, 'prose.txt');
    writeFileSync(prose, '青禾市今日天气晴，气温适宜。\n');
    const again = cli(file, prose);
    expect(again.stdout).toContain('already loaded 1, refused 1');
    const [latest, ...earlier] = await log('CLI');
    expect(earlier.map((e) => e.id)).toEqual([entry.id]);
    expect(latest.after).toMatchObject({ loaded: false, nothingNew: true, notices: [], document: { id: doc.id }, filename: file });
  });

  it('auditLog and the desk’s /audit list the loads of all three doors together, each with its door', async () => {
    const all = (await log()).filter((e) => e.action === 'loadNotices');
    expect(new Set(all.map((e) => e.door))).toEqual(new Set(['GRAPHQL', 'DESK', 'CLI']));
    expect(all).toHaveLength(6);
    const page = (await desk.get('/audit')).body;
    expect(page).toContain('<th>途径</th>');
    for (const [door, words, actor] of [
      ['cli', '命令行', `cli:${userInfo().username}`],
      ['graphql', 'GraphQL 接口', 'graphql-loader'],
      ['desk', '办公台', 'desk-clerk'],
    ]) {
      expect(page.match(new RegExp(`<td>${actor}</td><td class="door" data-door="${door}">${words}</td><td>载入通知</td>`, 'g'))).toHaveLength(2);
    }
    expect(page.match(/没有新内容：同一文件或文本此前已载入/g)).toHaveLength(3);
  });
});
