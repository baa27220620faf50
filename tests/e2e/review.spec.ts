import { ApiServer, startApiServer } from '../support/api-server.util';

const FIRST = [
  '# 青禾市人民政府 关于任免张晓明等工作人员职务的通知',
  '青政任〔2024〕50号',
  '市人民政府决定，任命：',
  '张晓明为青禾市财政局局长；',
  '李红为青禾市卫生检验监测中心副主任；',
  '此处文字模糊无法辨认；',
  '王芳为青禾市卫生检验检测中心副主任。',
  '免去：',
  '刘德明的青禾市审计局局长职务。',
  '青禾市人民政府',
  '2024年3月9日',
].join('\n');

const SECOND = [
  '# 云岭县人民政府 关于任免周一鸣等工作人员职务的通知',
  '云政任〔2024〕8号',
  '县人民政府决定，任命：',
  '王芳为云岭县教育局副局长。',
  '云岭县人民政府',
  '2024年5月1日',
  '',
  '# 青禾市人民政府 关于任免周一鸣等工作人员职务的通知',
  '青政任〔2024〕51号',
  '市人民政府决定，任命：',
  '周一鸣为青禾市财政局局长。',
  '青禾市人民政府',
  '2024年6月1日',
].join('\n');

type Items = { reviewItems: { totalCount: number; edges: { node: { id: string; kind: string; summary: string; evidence: string[]; sources: { docNumber: string }[] } }[] } };

describe('the review queue over HTTP', () => {
  let api: ApiServer;
  let editor: string;
  const items = async () => (await api.gql<Items>('{ reviewItems(first: 100) { totalCount edges { node { id kind summary evidence sources { docNumber } } } } }')).data!.reviewItems;

  beforeAll(async () => {
    api = await startApiServer();
    editor = await api.editorKey();
    for (const t of [FIRST, SECOND]) expect((await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t }, editor)).errors).toBeUndefined();
  });
  afterAll(() => api.close());

  it('lists each kind of finding with its evidence', async () => {
    const found = (await items()).edges.map((e) => e.node);
    const kinds = [...new Set(found.map((f) => f.kind))].sort();
    expect(kinds).toEqual(['INFERRED_END', 'NAME_UNDER_TWO_ISSUERS', 'REMOVAL_WITHOUT_APPOINTMENT', 'SIMILAR_ORGANIZATIONS', 'UNPARSED_LINE']);
    const byKind = Object.fromEntries(found.map((f) => [f.kind, f]));
    // 财政局 / 审计局 are two characters apart too: offered, for a person to dismiss.
    const similar = found.filter((f) => f.kind === 'SIMILAR_ORGANIZATIONS').map((f) => f.summary);
    expect(similar.some((s) => s.includes('青禾市卫生检验监测中心') && s.includes('青禾市卫生检验检测中心'))).toBe(true);
    expect(byKind.INFERRED_END.summary).toContain('张晓明');
    expect(byKind.INFERRED_END.sources).toEqual([{ docNumber: '青政任〔2024〕51号' }]);
    expect(byKind.REMOVAL_WITHOUT_APPOINTMENT.summary).toContain('刘德明');
    expect(byKind.NAME_UNDER_TWO_ISSUERS.evidence).toEqual(['云岭县人民政府', '青禾市人民政府']);
    expect(byKind.UNPARSED_LINE.evidence).toEqual(['此处文字模糊无法辨认；']);
  });

  it('shows two holders of a single seat at once', async () => {
    // 刘德明 held 审计局局长 until 2024-03-09 (start unknown); an older notice now says 赵四 was
    // appointed to it on 2024-01-01, so both held the one seat between those dates.
    const older = ['# 青禾市人民政府 关于任免赵四职务的通知', '青政任〔2024〕2号', '市人民政府决定，任命：', '赵四为青禾市审计局局长。', '青禾市人民政府', '2024年1月1日'].join('\n');
    await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t: older }, editor);
    const found = (await items()).edges.map((e) => e.node);
    const two = found.find((f) => f.kind === 'TWO_OPEN_HOLDERS');
    expect(two?.summary).toContain('青禾市审计局局长');
    expect(two?.evidence).toEqual(['[2024-01-01,2024-03-09)']);
  });

  it('dismisses a finding with a reason, kept in the audit log', async () => {
    const before = await items();
    const target = before.edges.find((e) => e.node.kind === 'SIMILAR_ORGANIZATIONS')!.node;
    const noKey = await api.gql(`mutation { dismissReviewItem(id: "${target.id}", reason: "two centres") { id } }`);
    expect(noKey.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    const r = await api.gql<{ dismissReviewItem: { action: string; reason: string } }>(
      `mutation { dismissReviewItem(id: "${target.id}", reason: "two different centres, checked with the bureau") { action reason } }`,
      {},
      editor,
    );
    expect(r.data!.dismissReviewItem).toEqual({ action: 'dismissReviewItem', reason: 'two different centres, checked with the bureau' });
    const after = await items();
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.edges.some((e) => e.node.id === target.id)).toBe(false);
  });
});
