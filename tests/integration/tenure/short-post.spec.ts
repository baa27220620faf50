import type { ApiServer } from '../../support/api-server.util';
import { ORDERS, decisionText, history, holders, serverWith } from './tenure-scenarios.util';

// Invented names. A city's people's congress standing committee appoints bureau heads writing the
// posts bare (财政局局长) and short (市公安局局长); the city government had appointed an auditor
// general with the full name, whom the congress's bare 审计局局长 succeeds.
const CONGRESS = '槐州市人民代表大会常务委员会';
const NOTICES = [
  decisionText('槐州市人民政府', '槐政任〔2023〕2号', '2023-01-09', ['任命孙岩为槐州市审计局局长。']),
  decisionText(CONGRESS, '槐人常〔2024〕3号', '2024-01-05', ['任命韩冬为财政局局长；', '任命许诺为审计局局长；', '任命周川为市公安局局长。']),
  decisionText('云岭县人民代表大会常务委员会', '云人常〔2024〕1号', '2024-02-02', ['任命孟夏为财政局局长。']),
];

describe.each(ORDERS)('short and bare posts in a congress decision, loaded %s', (order) => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await serverWith(NOTICES, order);
  });
  afterAll(() => api.close());

  it('are stored under the issuer\'s place, bare ones included', async () => {
    const at = '2024-03-01';
    expect((await holders(api, `asOf: "${at}", position: "槐州市财政局局长"`)).map((h) => h.person.name)).toEqual(['韩冬']);
    expect((await holders(api, `asOf: "${at}", position: "槐州市公安局局长"`)).map((h) => h.person.name)).toEqual(['周川']);
    expect((await holders(api, `asOf: "${at}", position: "云岭县财政局局长"`)).map((h) => h.person.name)).toEqual(['孟夏']);
    expect(await holders(api, `asOf: "${at}", position: "财政局局长"`)).toEqual([]);
  });

  it('join the post the government named in full: the congress\'s appointee succeeds its holder', async () => {
    expect((await holders(api, 'asOf: "2024-01-05", position: "槐州市审计局局长"')).map((h) => h.person.name)).toEqual(['许诺']);
    const seat = await history(api, 'position: "槐州市审计局局长"');
    expect(seat.map((e) => [e.type, e.person.name])).toEqual([['APPOINT', '孙岩'], ['INFERRED_END', '孙岩'], ['APPOINT', '许诺']]);
  });

  it('keep the text as written on the event', async () => {
    const r = await api.gql<{ history: { edges: { node: { post: { name: string }; source: { text: string } } }[] } }>(
      '{ history(person: "韩冬") { edges { node { post { name } source { text } } } } }',
    );
    expect(r.data!.history.edges.map((e) => [e.node.post.name, e.node.source.text])).toEqual([['槐州市财政局局长', '任命韩冬为财政局局长']]);
  });
});
