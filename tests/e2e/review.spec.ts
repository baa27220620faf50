import { ApiServer, startApiServer } from '../support/api-server.util';

// Invented places, people and bodies throughout.
const notice = (issuer: string, number: string, date: string, ...body: string[]) =>
  [`# ${issuer} 关于任免工作人员职务的通知`, number, '经研究决定：', ...body, issuer, date].join('\n');

const GOV = '鹤川市人民政府';
const CONGRESS = '鹤川市人民代表大会常务委员会';

const TEXTS = [
  notice(GOV, '鹤政任〔2021〕7号', '2021年5月1日', '任命：', '钱小红为鹤川市教育局局长；', '周一鸣为鹤川市公安局局长。'),
  notice(
    GOV,
    '鹤政任〔2023〕5号',
    '2023年6月1日',
    '任命：',
    '孙立为鹤川市财政局副局长（试用期一年）；',
    '赵四为鹤川市审计局局长；',
    '李红为鹤川市卫生检验监测中心副主任；',
    '王建国为鹤川市卫生检验检测中心副主任；',
    '吴桐为鹤川市监察局副局长；',
    '此处文字模糊无法辨认；',
    '王芳为鹤川市统计局副局长。',
  ),
  notice(GOV, '鹤政任〔2024〕2号', '2024年3月1日', '免去：', '钱小红的鹤川市教育局局长职务；', '刘德明的鹤川市审计局局长职务。'),
  // The congress writes the police chief's post short: 市公安局局长 is 鹤川市公安局局长.
  notice(CONGRESS, '鹤人常任〔2024〕3号', '2024年3月20日', '任命：', '钱小红为鹤川市人民政府副市长；', '周一鸣为鹤川市人民政府副市长。', '免去：', '周一鸣的市公安局局长职务。'),
  notice('云岭县人民政府', '云政任〔2024〕8号', '2024年5月1日', '任命：', '王芳为云岭县教育局副局长。'),
];

interface Item {
  id: string;
  kind: string;
  severity: string;
  summary: string;
  evidence: string[];
  acceptable: boolean;
  sources: { docNumber: string | null; text: string | null }[];
}
type Items = { reviewItems: { totalCount: number; edges: { node: Item }[] } };
type History = { history: { edges: { node: { type: string; effectiveOn: string | null; person: { id: string }; post: { name: string }; source: { docNumber: string } } }[] } };

const FIELDS = 'id kind severity summary evidence acceptable sources { docNumber text }';

describe('the review queue over HTTP', () => {
  let api: ApiServer;
  let editor: string;
  let loadedAt: string;
  const items = async (kind?: string) =>
    (await api.gql<Items>(`{ reviewItems(first: 100${kind ? `, kind: ${kind}` : ''}) { totalCount edges { node { ${FIELDS} } } } }`)).data!.reviewItems.edges.map((e) => e.node);
  const history = async (person: string, knownAt?: string) =>
    (await api.gql<History>(`query($p: String!, $k: DateTime) { history(person: $p, knownAt: $k) { edges { node { type effectiveOn person { id } post { name } source { docNumber } } } } }`, {
      p: person,
      k: knownAt,
    })).data!.history.edges.map((e) => e.node);

  beforeAll(async () => {
    api = await startApiServer();
    editor = await api.editorKey();
    for (const t of TEXTS) expect((await api.gql('mutation($t: String!) { ingest(text: $t) { loaded } }', { t }, editor)).errors).toBeUndefined();
    loadedAt = new Date().toISOString();
  });
  afterAll(() => api.close());

  it('lists what is worth a person’s time, most severe first, in Chinese, and nothing else', async () => {
    const found = await items();
    expect(found.map((f) => f.kind)).toEqual([
      'REMOVAL_CONFLICTS_WITH_HOLDER',
      'PROBATION_ENDED_UNCONFIRMED',
      'SAME_PERSON_ACROSS_ISSUERS',
      'SAME_PERSON_ACROSS_ISSUERS',
      'SIMILAR_ORGANIZATIONS',
      'NAME_UNDER_TWO_ISSUERS',
      'UNPARSED_LINE',
    ]);
    expect(found.map((f) => f.severity)).toEqual(['HIGH', 'HIGH', 'MEDIUM', 'MEDIUM', 'MEDIUM', 'LOW', 'LOW']);
    const byKind = (kind: string) => found.filter((f) => f.kind === kind);
    const [conflict] = byKind('REMOVAL_CONFLICTS_WITH_HOLDER');
    expect(conflict.summary).toContain('免去刘德明的鹤川市审计局局长职务');
    expect(conflict.summary).toContain('赵四自2023年6月1日起担任');
    expect(conflict.sources.map((s) => s.docNumber)).toEqual(['鹤政任〔2024〕2号', '鹤政任〔2023〕5号']);
    expect(byKind('PROBATION_ENDED_UNCONFIRMED')[0].summary).toMatch(/^孙立任鹤川市财政局副局长的试用期已于2024年5月31日届满/);
    // Only the 检/监 pair: 审计局 / 监察局 / 统计局 differ in what tells them apart.
    const [similar] = byKind('SIMILAR_ORGANIZATIONS');
    expect(similar.summary).toBe('“鹤川市卫生检验检测中心”与“鹤川市卫生检验监测中心”只差“检/监”，是常见的错字或识别混淆：可能是同一机构。');
    expect(similar.acceptable).toBe(true);
    expect(byKind('NAME_UNDER_TWO_ISSUERS')[0].evidence).toEqual(['云岭县人民政府', GOV]);
    expect(byKind('UNPARSED_LINE')[0].evidence).toEqual(['第10行（没有与之相符的任免句式）：此处文字模糊无法辨认；']);
  });

  it('suggests one person across the city government and the city congress, with the two tenures as evidence', async () => {
    const links = await items('SAME_PERSON_ACROSS_ISSUERS');
    const handover = links.find((l) => l.summary.startsWith('钱小红'))!;
    expect(handover.summary).toBe(`钱小红：${GOV}2024年3月1日免去其鹤川市教育局局长职务，19天后${CONGRESS}任命其为鹤川市人民政府副市长：可能是同一人，接受即合并为一人。`);
    expect(handover.evidence).toEqual([`${GOV}：鹤川市教育局局长，2021年5月1日至2024年3月1日`, `${CONGRESS}：鹤川市人民政府副市长，2024年3月20日起`]);
    // The congress removed him from 市公安局局长, which is the post the government appointed him to.
    const samePost = links.find((l) => l.summary.startsWith('周一鸣'))!;
    expect(samePost.summary).toContain('鹤川市公安局局长');
    expect(samePost.sources.map((s) => s.text)).toEqual(['周一鸣为鹤川市公安局局长', '周一鸣的市公安局局长职务']);
  });

  it('finds a post written short under its issuer by its full name, held by one person once the link is accepted', async () => {
    const link = (await items('SAME_PERSON_ACROSS_ISSUERS')).find((l) => l.summary.startsWith('周一鸣'))!;
    expect((await api.gql(`mutation { acceptReviewItem(id: "${link.id}", reason: "同一人") { id } }`, {}, editor)).errors).toBeUndefined();
    const r = await api.gql<{ holders: { person: { name: string } }[] }>('{ holders(asOf: "2024-03-19", position: "鹤川市公安局局长") { person { name } } }');
    expect(r.data!.holders.map((h) => h.person.name)).toEqual(['周一鸣']);
    const after = await api.gql<{ holders: unknown[] }>('{ holders(asOf: "2024-03-20", position: "鹤川市公安局局长") { person { name } } }');
    expect(after.data!.holders).toEqual([]);
  });

  it('filters by kind; kinds no longer listed answer with an empty list', async () => {
    expect((await items('SIMILAR_ORGANIZATIONS')).map((i) => i.kind)).toEqual(['SIMILAR_ORGANIZATIONS']);
    expect(await items('REMOVAL_WITHOUT_APPOINTMENT')).toEqual([]);
    expect(await items('INFERRED_END')).toEqual([]);
  });

  it('accepts a link: one person with both careers, oldest first; as known before, two people; a split undoes it', async () => {
    const link = (await items('SAME_PERSON_ACROSS_ISSUERS')).find((l) => l.summary.startsWith('钱小红'))!;
    const noKey = await api.gql(`mutation { acceptReviewItem(id: "${link.id}", reason: "同一人") { id } }`);
    expect(noKey.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    const r = await api.gql<{ acceptReviewItem: { action: string; reason: string; after: string } }>(
      `mutation { acceptReviewItem(id: "${link.id}", reason: "市委组织部确认为同一人") { action reason after } }`,
      {},
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.acceptReviewItem).toMatchObject({ action: 'mergePeople', reason: '市委组织部确认为同一人' });
    expect(JSON.parse(r.data!.acceptReviewItem.after).reviewItem).toBe(link.id);
    expect((await items()).some((i) => i.id === link.id)).toBe(false);

    const merged = await history('钱小红');
    expect(merged.map((e) => [e.type, e.effectiveOn, e.source.docNumber])).toEqual([
      ['APPOINT', '2021-05-01', '鹤政任〔2021〕7号'],
      ['REMOVE', '2024-03-01', '鹤政任〔2024〕2号'],
      ['APPOINT', '2024-03-20', '鹤人常任〔2024〕3号'],
    ]);
    expect(new Set(merged.map((e) => e.person.id)).size).toBe(1);
    expect(new Set((await history('钱小红', loadedAt)).map((e) => e.person.id)).size).toBe(2);

    const congressEvent = await api.gql<{ history: { edges: { node: { id: string } }[] } }>(
      `{ history(person: "钱小红", position: "鹤川市人民政府副市长") { edges { node { id } } } }`,
    );
    const split = await api.gql<{ splitPerson: { newPersonId: string } }>(
      `mutation($id: ID!, $e: [ID!]!) { splitPerson(id: $id, eventIds: $e, reason: "合并有误") { newPersonId } }`,
      { id: merged[0].person.id, e: congressEvent.data!.history.edges.map((e) => e.node.id) },
      editor,
    );
    expect(split.errors).toBeUndefined();
    expect(new Set((await history('钱小红')).map((e) => e.person.id)).size).toBe(2);
  });

  it('accepts only what one merge settles, and only what is in the queue', async () => {
    const [conflict] = await items('REMOVAL_CONFLICTS_WITH_HOLDER');
    const refused = await api.gql(`mutation { acceptReviewItem(id: "${conflict.id}", reason: "看过") { id } }`, {}, editor);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const unknown = await api.gql('mutation { acceptReviewItem(id: "same-person:1:999999", reason: "看过") { id } }', {}, editor);
    expect(unknown.errors![0].extensions?.code).toBe('NOT_FOUND');
    const noReason = await api.gql(`mutation { acceptReviewItem(id: "${conflict.id}", reason: " ") { id } }`, {}, editor);
    expect(noReason.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('accepts two spellings of one organisation as one', async () => {
    const [similar] = await items('SIMILAR_ORGANIZATIONS');
    const r = await api.gql(`mutation { acceptReviewItem(id: "${similar.id}", reason: "同一中心，扫描错字") { action } }`, {}, editor);
    expect(r.data).toEqual({ acceptReviewItem: { action: 'mergeOrganizations' } });
    const holders = await api.gql<{ holders: { person: { name: string } }[] }>('{ holders(asOf: "2024-04-01", organization: "鹤川市卫生检验检测中心") { person { name } } }');
    expect(holders.data!.holders.map((h) => h.person.name).sort()).toEqual(['李红', '王建国']);
    expect(await items('SIMILAR_ORGANIZATIONS')).toEqual([]);
  });

  it('dismisses a finding with a reason, kept in the audit log', async () => {
    const before = await items();
    const target = before.find((i) => i.kind === 'UNPARSED_LINE')!;
    const r = await api.gql<{ dismissReviewItem: { action: string; reason: string } }>(
      `mutation { dismissReviewItem(id: "${target.id}", reason: "原件此处污损，已核对纸本") { action reason } }`,
      {},
      editor,
    );
    expect(r.data!.dismissReviewItem).toEqual({ action: 'dismissReviewItem', reason: '原件此处污损，已核对纸本' });
    const after = await items();
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((i) => i.id === target.id)).toBe(false);
  });
});
