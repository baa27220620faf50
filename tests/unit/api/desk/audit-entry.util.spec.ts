import { changesOf, idsMentioned, linksOf } from '../../../../apps/api/src/desk/audit/audit-entry.util';
import type { AuditNames, AuditRow } from '../../../../apps/api/src/desk/audit/audit.reader';

const row = (action: string, before: unknown, after: unknown): AuditRow => ({ id: '1', at: new Date(0), actor: '王编辑', door: null, action, reason: '核对纸本', before, after });

const names: AuditNames = {
  people: new Map([
    ['3', '张晓明'],
    ['8', '张小明'],
  ]),
  posts: new Map([['5', '青禾市财政局局长']]),
  organizations: new Map([['2', '青禾市卫生检验检测中心']]),
  notices: new Map([['4', '青政任〔2024〕40号']]),
};

const event = { id: '11', lineage_id: '7', notice_id: '4', type: 'appoint', effective_on: '2024-03-09', person_id: '3', post_id: '5', probation_months: 12, rank: null, precedence_after: null };

describe('an audit entry shown to people', () => {
  it('names the ids an event correction mentions', () => {
    expect(idsMentioned([row('correctEvent', event, { ...event, person_id: '8' })])).toEqual({ people: ['3', '8'], posts: ['5', '5'], organizations: [], notices: ['4'] });
  });

  it('says what an event correction changed, in names, and links to the notice and both people', () => {
    const r = row('correctEvent', event, { ...event, person_id: '8', probation_months: null });
    expect(changesOf(r, names)).toEqual([
      { field: '人员', before: '张晓明', after: '张小明' },
      { field: '试用期（月）', before: '12', after: '（无）' },
    ]);
    expect(linksOf(r, names)).toEqual([
      { label: '通知：青政任〔2024〕40号', href: `/notice/${encodeURIComponent('青政任〔2024〕40号')}` },
      { label: '人员：张小明', href: `/person/${encodeURIComponent('张小明')}#p8` },
      { label: '原人员：张晓明', href: `/person/${encodeURIComponent('张晓明')}#p3` },
    ]);
  });

  it('links a merge of organisations to the survivor, a retraction to its notice, a load to its notices', () => {
    expect(linksOf(row('mergeOrganizations', { organizations: [] }, { into: '2' }), names)).toEqual([
      { label: '机构：青禾市卫生检验检测中心', href: `/org/${encodeURIComponent('青禾市卫生检验检测中心')}` },
    ]);
    expect(linksOf(row('retractNotice', { docNumber: '云政任〔2024〕8号' }, {}), names)[0].href).toBe(`/notice/${encodeURIComponent('云政任〔2024〕8号')}`);
    expect(linksOf(row('loadNotices', null, { notices: [{ key: 'a1b2c3d4e5f60718' }] }), names)).toEqual([{ label: '通知：a1b2c3d4e5f60718', href: '/notice/a1b2c3d4e5f60718' }]);
  });

  it('says what a load wrote, or that it added nothing', () => {
    const load = (after: unknown) => changesOf(row('loadNotices', null, after), names)[0].after;
    expect(load({ loaded: true, notices: [{ key: 'a' }, { key: 'b' }], noticesAlreadyKnown: 1, events: 7, unparsedLines: 2 })).toBe('2 份通知（另有 1 份此前已知），7 项任免，2 行未能读取');
    expect(load({ loaded: true, notices: [], noticesAlreadyKnown: 3, events: 0, unparsedLines: 0 })).toBe('没有新内容：3 份通知此前已知');
    expect(load({ loaded: false, notices: [], noticesAlreadyKnown: 0, events: 0, unparsedLines: 0 })).toBe('没有新内容：同一文件或文本此前已载入');
  });

  it('shows nothing it cannot name rather than failing on an entry it does not know', () => {
    expect(linksOf(row('createApiKey', null, { name: 'x' }), names)).toEqual([]);
    expect(changesOf(row('somethingNew', 'not an object', [1, 2]), names)).toEqual([]);
  });
});
