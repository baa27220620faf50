import { foldScript } from '@renmian/notice-parser';
import { CareerTenure, PersonRecord, suggestPersonLinks } from '@renmian/tenure-rules';

const fold = (s: string) => foldScript(s).text;
const GOV = '青禾市人民政府';
const CONGRESS = '青禾市人民代表大会常务委员会';

/** A tenure of post `postId`; the post's name is for the reader of the test. */
function tenure(postId: string, _post: string, start: string | null, end: string | null, openedBy: string | null = null, closedBy: string | null = null): CareerTenure {
  return { postId, start, end, openedBy, closedBy };
}

function person(id: string, name: string, jurisdiction: string, tenures: CareerTenure[] = [], mentions: PersonRecord['mentions'] = []): PersonRecord {
  return { id, name, jurisdiction, tenures, mentions };
}

describe('suggestPersonLinks', () => {
  it('links a removal under the city government to an appointment by the city congress weeks later', () => {
    const chief = tenure('1', '青禾市公安局局长', '2019-05-01', '2024-03-01', 'e1', 'e2');
    const deputyMayor = tenure('2', '青禾市人民政府副市长', '2024-03-20', null, 'e3');
    const links = suggestPersonLinks([person('7', '周一鸣', GOV, [chief]), person('8', '周一鸣', CONGRESS, [deputyMayor])], fold);
    expect(links).toHaveLength(1);
    expect(links[0].a.id).toBe('7');
    expect(links[0].evidence).toEqual({ kind: 'HANDOVER', ended: { person: '7', tenure: chief }, started: { person: '8', tenure: deputyMayor }, days: 19 });
  });

  it('links the other way round too (appointed by the congress, removed by the government after)', () => {
    const links = suggestPersonLinks(
      [person('3', '钱小红', GOV, [tenure('1', '青禾市教育局局长', null, '2024-04-10')]), person('2', '钱小红', CONGRESS, [tenure('2', '青禾市人民政府副市长', '2024-03-28', null)])],
      fold,
    );
    expect(links.map((l) => [l.a.id, l.b.id, l.evidence.kind])).toEqual([['2', '3', 'HANDOVER']]);
  });

  it('links when the other issuer names a post the first record holds (免去其…职务)', () => {
    const links = suggestPersonLinks(
      [
        // Post 5 is 青禾市财政局局长, post 9 青禾市人民政府副市长.
        person('1', '孙立新', GOV, [], [{ eventId: '11', postId: '5' }]),
        person('2', '孙立新', '（发文机关不明）', [], [{ eventId: '40', postId: '9' }, { eventId: '41', postId: '5' }]),
      ],
      fold,
    );
    expect(links.map((l) => l.evidence)).toEqual([{ kind: 'SAME_POST', postId: '5', first: { person: '1', eventId: '11' }, second: { person: '2', eventId: '41' } }]);
  });

  it('reads one name in two scripts as one name', () => {
    const links = suggestPersonLinks(
      [person('1', '劉明遠', GOV, [tenure('1', '青禾市水利局局长', null, '2024-01-05')]), person('2', '刘明远', CONGRESS, [tenure('2', '青禾市人民政府副市长', '2024-01-20', null)])],
      fold,
    );
    expect(links).toHaveLength(1);
  });

  it('never links on the name alone', () => {
    // Same name, same place, but a year between the end and the start.
    const apart = [person('1', '王芳', GOV, [tenure('1', '青禾市统计局局长', null, '2022-01-05')]), person('2', '王芳', CONGRESS, [tenure('2', '青禾市人民政府副市长', '2023-02-01', null)])];
    expect(suggestPersonLinks(apart, fold)).toEqual([]);
    // Weeks apart, but under issuers of two places.
    const elsewhere = [person('1', '王芳', GOV, [tenure('1', '青禾市统计局局长', null, '2024-01-05')]), person('2', '王芳', '鹤川市人民代表大会常务委员会', [tenure('2', '鹤川市人民政府副市长', '2024-01-20', null)])];
    expect(suggestPersonLinks(elsewhere, fold)).toEqual([]);
    // Both records only hold posts, with nothing ending.
    const holding = [person('1', '王芳', GOV, [tenure('1', '青禾市统计局局长', '2024-01-05', null)]), person('2', '王芳', CONGRESS, [tenure('2', '青禾市人民政府副市长', '2024-01-20', null)])];
    expect(suggestPersonLinks(holding, fold)).toEqual([]);
  });

  it('never links two records of one issuer (a person split them, or they are namesakes there)', () => {
    const links = suggestPersonLinks(
      [person('1', '赵四', GOV, [tenure('1', '青禾市统计局局长', null, '2024-01-05')]), person('2', '赵四', GOV, [tenure('2', '青禾市审计局局长', '2024-01-20', null)])],
      fold,
    );
    expect(links).toEqual([]);
  });

  it('gives the closest handover when there are several', () => {
    const links = suggestPersonLinks(
      [
        person('1', '吴桐', GOV, [tenure('1', '青禾市交通局局长', null, '2024-01-05'), tenure('2', '青禾市交通局党组书记', null, '2024-02-25')]),
        person('2', '吴桐', CONGRESS, [tenure('3', '青禾市人民政府副市长', '2024-03-01', null)]),
      ],
      fold,
    );
    expect(links[0].evidence).toMatchObject({ kind: 'HANDOVER', days: 5, ended: { tenure: { postId: '2' } } });
  });
});
