import type { ApiServer } from './api-server.util';
import { NoticeSpec, isoDaysFromToday, noticeText } from './notice-text.util';

/**
 * The notices the web, calendar and export tests read, dated relative to today so that the
 * probation windows (30/60/90 days) always hold the same people:
 * - 赵一's probation as 青禾市交通局局长 ends in 10 days, 郑七's (青禾市水利局局长) in 45;
 * - three deputies of 青禾市交通局 whose notice orders them 孙三, 钱二 (列孙三之后), 李四 (列钱二之后);
 * - 王芳 named by two issuers (two people), the first of whom loses 白河县农业局局长 to 冯九 without
 *   a stated removal (an inferred end);
 * - one line of the 交通局 notice that no clause form reads.
 */
export const FIXTURE = {
  transportNotice: '青政任〔2026〕9号',
  transportAppointed: isoDaysFromToday(11, -1),
  zhaoProbationEnds: isoDaysFromToday(10),
  zhengProbationEnds: isoDaysFromToday(45),
  unreadableLine: '为青禾市交通局总工程师',
};

export const FIXTURE_NOTICES: NoticeSpec[] = [
  {
    issuer: '青禾市人民政府',
    docNumber: FIXTURE.transportNotice,
    date: FIXTURE.transportAppointed,
    appoint: [
      { person: '赵一', post: '青禾市交通局局长', probation: '一年' },
      { person: '孙三', post: '青禾市交通局副局长' },
      { person: '钱二', post: '青禾市交通局副局长', after: '孙三' },
      { person: '李四', post: '青禾市交通局副局长', after: '钱二' },
    ],
    unreadable: [FIXTURE.unreadableLine],
  },
  {
    issuer: '青禾市人民政府',
    docNumber: '青政任〔2026〕11号',
    date: isoDaysFromToday(46, -1),
    appoint: [{ person: '郑七', post: '青禾市水利局局长', probation: '一年' }],
  },
  {
    issuer: '白河县人民政府',
    docNumber: '白政任〔2020〕1号',
    date: '2020-01-10',
    appoint: [
      { person: '王芳', post: '白河县农业局局长' },
      { person: '吴八', post: '白河县农业局副局长' },
    ],
  },
  { issuer: '白河县人民政府', docNumber: '白政任〔2021〕4号', date: '2021-05-01', appoint: [{ person: '冯九', post: '白河县农业局局长' }] },
  { issuer: '青禾市人民政府', docNumber: '青政任〔2022〕2号', date: '2022-03-01', appoint: [{ person: '王芳', post: '青禾市教育局副局长' }] },
];

const enc = encodeURIComponent;

/** Every kind of page the web app has, with data on it once the fixtures are loaded. */
export const PUBLIC_PAGES = [
  '/',
  `/search?q=${enc('王芳')}`,
  `/org/${enc('青禾市交通局')}?asOf=${FIXTURE.transportAppointed}`,
  `/person/${enc('王芳')}`,
  `/post/${enc('白河县农业局局长')}`,
  '/probations?days=90',
  `/notice/${enc(FIXTURE.transportNotice)}`,
  '/sign-in',
  '/graphiql',
];

/** The desk's pages (a signed-in editor's). */
export const DESK_PAGES = ['/ingest', '/review', '/audit'];

export async function loadWebFixtures(api: ApiServer): Promise<void> {
  const editor = await api.editorKey();
  for (const [i, spec] of FIXTURE_NOTICES.entries()) {
    const r = await api.gql<{ ingest: { loaded: boolean; unparsedLines: number } }>(
      'mutation($t: String!, $f: String) { ingest(text: $t, filename: $f) { loaded unparsedLines } }',
      { t: noticeText(spec), f: `fixture-${i}.txt` },
      editor,
    );
    if (!r.data?.ingest.loaded) throw new Error(`fixture ${spec.docNumber} did not load: ${JSON.stringify(r.errors)}`);
  }
}
