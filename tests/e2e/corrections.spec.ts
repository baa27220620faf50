import { ApiServer, startApiServer } from '../support/api-server.util';

const GAZETTE = [
  '# 青禾市人民政府 关于任免张晓明等工作人员职务的通知',
  '青政任〔2024〕40号',
  '市人民政府决定，任命：',
  '张晓明为青禾市财政局局长（试用期一年）；',
  '李红为青禾市卫生检验监测中心副主任；',
  '王建国为青禾市卫生检验检测中心副主任。',
  '免去：',
  '刘德明的青禾市财政局局长职务。',
  '青禾市人民政府',
  '2024年3月9日',
].join('\n');

type Holders = { holders: { person: { name: string }; post: { name: string } }[] };
type History = { history: { edges: { node: { id: string; type: string; person: { id: string; name: string }; post: { name: string } } }[] } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('corrections, audit and roles over HTTP', () => {
  let api: ApiServer;
  let editor: string;

  const ingest = () => api.gql('mutation($t: String!) { ingest(text: $t) { loaded notices } }', { t: GAZETTE }, editor);
  const headOfFinance = async (knownAt?: string) =>
    (await api.gql<Holders>('query($k: DateTime) { holders(asOf: "2024-04-01", position: "青禾市财政局局长", knownAt: $k) { person { name } post { name } } }', { k: knownAt ?? null }))
      .data!.holders.map((h) => h.person.name);
  const eventOf = async (person: string, type = 'APPOINT') =>
    (await api.gql<History>(`{ history(person: "${person}") { edges { node { id type person { id name } post { name } } } } }`)).data!.history.edges
      .map((e) => e.node)
      .find((n) => n.type === type)!;

  beforeAll(async () => {
    api = await startApiServer();
    editor = await api.editorKey();
    expect((await ingest()).data).toEqual({ ingest: { loaded: true, notices: 1 } });
  });
  afterAll(() => api.close());

  it('corrects an event and still answers as things were known before the correction', async () => {
    const event = await eventOf('张晓明');
    await sleep(20);
    const before = new Date().toISOString();
    await sleep(20);
    const r = await api.gql(
      `mutation { correctEvent(id: "${event.id}", input: { person: "张小明" }, reason: "OCR misread 小 as 晓") { actor action reason before after } }`,
      {},
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.correctEvent).toMatchObject({ actor: 'test-editor', action: 'correctEvent', reason: 'OCR misread 小 as 晓' });
    expect(await headOfFinance()).toEqual(['张小明']);
    expect(await headOfFinance(before)).toEqual(['张晓明']);
    // The event keeps its id; the notice's own words are kept as written.
    expect((await eventOf('张小明')).id).toBe(event.id);
  });

  it('lets one of two simultaneous corrections of an event win and refuses the other with CONFLICT', async () => {
    const event = await eventOf('王建国');
    const correct = (rank: string) =>
      api.gql(`mutation { correctEvent(id: "${event.id}", input: { rank: "${rank}" }, reason: "rank from the personnel file") { id } }`, {}, editor);
    const results = await Promise.all([correct('正科级'), correct('副科级')]);
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const log = await api.gql<{ auditLog: { edges: { node: { action: string; after: string } }[] } }>('{ auditLog(first: 10) { edges { node { action after } } } }');
    const rankChanges = log.data!.auditLog.edges.filter((e) => e.node.action === 'correctEvent' && e.node.after.includes('科级'));
    expect(rankChanges).toHaveLength(1);
  });

  it('merges an organisation written two ways and keeps both names findable', async () => {
    const orgs = (await api.gql<{ organizations: { id: string; name: string }[] }>('{ organizations(search: "卫生检验") { id name } }')).data!.organizations;
    expect(orgs.map((o) => o.name).sort()).toEqual(['青禾市卫生检验检测中心', '青禾市卫生检验监测中心']);
    const r = await api.gql(`mutation { mergeOrganizations(ids: ["${orgs[0].id}", "${orgs[1].id}"], reason: "one centre, OCR spelling") { action } }`, {}, editor);
    expect(r.errors).toBeUndefined();
    for (const name of ['青禾市卫生检验检测中心', '青禾市卫生检验监测中心']) {
      const h = await api.gql<Holders>(`{ holders(asOf: "2024-04-01", organization: "${name}") { person { name } post { name } } }`);
      expect(h.data!.holders.map((x) => x.person.name).sort()).toEqual(['李红', '王建国']);
    }
  });

  it('splits a person and merges them back, each with an audit entry', async () => {
    const event = await eventOf('李红');
    const split = await api.gql<{ splitPerson: { newPersonId: string } }>(
      `mutation { splitPerson(id: "${event.person.id}", eventIds: ["${event.id}"], reason: "two people named 李红") { newPersonId } }`,
      {},
      editor,
    );
    expect(split.errors).toBeUndefined();
    const people = (await api.gql<{ people: { id: string; disambiguator: number }[] }>('{ people(search: "李红") { id disambiguator } }')).data!.people;
    expect(people.map((p) => p.disambiguator).sort()).toEqual([0, 1]);
    const merge = await api.gql(`mutation { mergePeople(ids: ["${event.person.id}", "${split.data!.splitPerson.newPersonId}"], reason: "the same 李红 after all") { action } }`, {}, editor);
    expect(merge.errors).toBeUndefined();
    expect((await eventOf('李红')).person.id).toBe(event.person.id);
  });

  it('retracts a notice from now on, keeps the past answer, and a re-ingest does not bring it back', async () => {
    const before = new Date().toISOString();
    await sleep(20);
    const r = await api.gql('mutation { retractNotice(docNumber: "青政任〔2024〕40号", reason: "withdrawn by the issuer") { action } }', {}, editor);
    expect(r.errors).toBeUndefined();
    expect(await headOfFinance()).toEqual([]);
    expect(await headOfFinance(before)).toEqual(['张小明']);
    const again = await api.gql<{ ingest: { loaded: boolean; notices: number; warnings: string[] } }>(
      'mutation($t: String!) { ingest(text: $t) { loaded notices warnings } }',
      { t: GAZETTE },
      editor,
    );
    expect(again.data!.ingest.notices).toBe(0);
    expect(await headOfFinance()).toEqual([]);
  });

  it('lists every write newest first, filtered by actor', async () => {
    const log = await api.gql<{ auditLog: { totalCount: number; edges: { node: { action: string; actor: string } }[] } }>(
      '{ auditLog(actor: "test-editor") { totalCount edges { node { action actor } } } }',
    );
    const actions = log.data!.auditLog.edges.map((e) => e.node.action);
    // Loads are writes too (issue 21): the gazette loaded again after its retraction (nothing new),
    // and its first load, which every correction here came after.
    expect(actions.slice(0, 2)).toEqual(['loadNotices', 'retractNotice']);
    expect(actions.slice(-2)).toEqual(['correctEvent', 'loadNotices']);
    expect(log.data!.auditLog.totalCount).toBe(actions.length);
  });

  describe.each([
    ['retractNotice', 'mutation { retractNotice(docNumber: "nope", reason: "r") { id } }'],
    ['correctEvent', 'mutation { correctEvent(id: "999999", input: { rank: "x" }, reason: "r") { id } }'],
    ['mergePeople', 'mutation { mergePeople(ids: ["999998", "999999"], reason: "r") { id } }'],
    ['splitPerson', 'mutation { splitPerson(id: "999999", eventIds: ["1"], reason: "r") { newPersonId } }'],
    ['mergeOrganizations', 'mutation { mergeOrganizations(ids: ["999998", "999999"], reason: "r") { id } }'],
    ['ingest', 'mutation { ingest(text: "无") { loaded } }'],
    ['dismissReviewItem', 'mutation { dismissReviewItem(id: "nope", reason: "r") { id } }'],
  ])('%s', (_name, mutation) => {
    it('is refused without a key (UNAUTHENTICATED) and with a reader key (FORBIDDEN)', async () => {
      expect((await api.gql(mutation)).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.gql(mutation, {}, await api.key('reader'))).errors![0].extensions?.code).toBe('FORBIDDEN');
    });

    it.each(['editor', 'admin'] as const)('is allowed to an %s key (and then fails on its own merits)', async (role) => {
      const code = (await api.gql(mutation, {}, await api.key(role))).errors![0].extensions?.code;
      expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(code);
    });
  });
});
