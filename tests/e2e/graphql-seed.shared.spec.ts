import { readFileSync } from 'fs';
import { join } from 'path';
import { ApiServer, startApiServer } from '../support/api-server.util';
import { sharedDir } from '../support/shared-dir.util';

const HOLDING = 'person { name } post { name } start startKnown end endReason endInferred probationEnd source { docNumber line }';

const shared = sharedDir();

if (shared) {
  describe('GraphQL over HTTP on the seed gazette from ../shared', () => {
    const seed = readFileSync(join(shared, 'seeds', '000_644e154d50bb1fb8.txt'), 'utf8');
    let api: ApiServer;

    beforeAll(async () => {
      api = await startApiServer();
      const r = await api.gql('mutation($t: String!) { ingest(text: $t, filename: "seed.txt") { loaded notices events } }', { t: seed }, await api.editorKey());
      expect(r.data).toEqual({ ingest: { loaded: true, notices: 3, events: 49 } });
    });
    afterAll(() => api.close());

    const holders = async (asOf: string, where: string) =>
      (await api.gql<{ holders: Record<string, unknown>[] }>(`{ holders(asOf: "${asOf}", ${where}) { ${HOLDING} } }`)).data!.holders;

    it('聊城第三中学校长 is 赵振林 (start unknown) on 2023-12-19 and 王永辉 on 2023-12-20', async () => {
      const before = await holders('2023-12-19', 'position: "聊城第三中学校长"');
      expect(before).toMatchObject([{ person: { name: '赵振林' }, start: null, startKnown: false, end: '2023-12-20', endReason: 'REMOVED' }]);
      const after = await holders('2023-12-20', 'position: "聊城第三中学校长"');
      expect(after).toMatchObject([{ person: { name: '王永辉' }, start: '2023-12-20', probationEnd: '2024-12-19', source: { docNumber: '聊政任〔2023〕19号' } }]);
    });

    it('聊城市防震减灾中心 is led by 赵传文, 刘法立 and 魏琳 on 2024-01-01', async () => {
      const rows = await holders('2024-01-01', 'organization: "聊城市防震减灾中心"');
      expect(rows.map((h) => (h.person as { name: string }).name)).toEqual(['赵传文', '刘法立', '魏琳']);
    });

    it('聊城市地震监测中心主任 is 赵传文 on 2023-12-08 and nobody on 2023-12-09', async () => {
      expect(await holders('2023-12-08', 'position: "聊城市地震监测中心主任"')).toMatchObject([
        { person: { name: '赵传文' }, startKnown: false, endReason: 'AUTO_REMOVED' },
      ]);
      expect(await holders('2023-12-09', 'position: "聊城市地震监测中心主任"')).toEqual([]);
    });

    it('finds probations ending in December 2024 for 11 people', async () => {
      const r = await api.gql<{ probationsEnding: { person: { name: string } }[] }>(
        '{ probationsEnding(from: "2024-12-01", to: "2024-12-31") { person { name } } }',
      );
      expect(new Set(r.data!.probationsEnding.map((h) => h.person.name)).size).toBe(11);
    });

    it("gives 李敏's history as 5 events, the auto-removal citing 聊政任〔2023〕18号", async () => {
      const r = await api.gql<{ history: { totalCount: number; edges: { node: { type: string; source: { docNumber: string } } }[] } }>(
        '{ history(person: "李敏") { totalCount edges { node { type source { docNumber } } } } }',
      );
      expect(r.data!.history.totalCount).toBe(5);
      const auto = r.data!.history.edges.map((e) => e.node).filter((n) => n.type === 'AUTO_REMOVE');
      expect(auto).toEqual([{ type: 'AUTO_REMOVE', source: { docNumber: '聊政任〔2023〕18号' } }]);
    });

    it('adds nothing when the seed is loaded again', async () => {
      const count = async () => (await api.gql<{ notices: { totalCount: number } }>('{ notices { totalCount } }')).data!.notices.totalCount;
      const before = await count();
      const r = await api.gql('mutation($t: String!) { ingest(text: $t) { loaded notices events } }', { t: seed }, await api.editorKey());
      expect(r.data).toEqual({ ingest: { loaded: false, notices: 0, events: 0 } });
      expect(await count()).toBe(before);
    });
  });
}
