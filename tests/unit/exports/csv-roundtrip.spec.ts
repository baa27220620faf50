import { parse } from 'csv-parse/sync';
import { END_REASON_WORDS } from '@renmian/tenure-rules';
import { TenureRecord, tenuresToCsv, unguardCsvField } from '@renmian/exports';
import { tenureRecord } from '../../support/tenure-record.util';

const tenure = (n: number, over: Partial<TenureRecord> = {}): TenureRecord =>
  tenureRecord({
    personId: String(n),
    person: `张晓明${n}`,
    postId: String(100 + n),
    source: { key: '青政任〔2024〕3号', docNumber: '青政任〔2024〕3号', issuer: '青禾市人民政府', title: '关于任免的通知', signedOn: '2024-03-09' },
    ...over,
  });

/** Text a notice (or an OCR'd one) may carry that a naive CSV writer or Excel would mangle. */
const TENURES: TenureRecord[] = [
  tenure(1),
  tenure(2, { person: '王"一",二', organization: '第一,第二\r\n第三', post: '"局长"' }),
  tenure(3, { person: '=HYPERLINK("http://x","点我")', post: '+1', organization: '-办公室', jurisdiction: '@某市' }),
  tenure(4, { person: "'=已有撇号", post: "'局长'", start: null, end: '2025-01-01', endReason: 'SUPERSEDED', endInferred: true }),
  tenure(5, { person: '\t制表符', end: '2024-12-31', endReason: 'REMOVED', probationEnd: '2025-03-08', source: null }),
  tenure(6, { person: ' 前后空格 ', post: '', source: { key: 'abc', docNumber: null, issuer: null, title: null, signedOn: null } }),
];

/** What each column must read back as, for the tenure it came from (empty where nothing is stated). */
const EXPECTED: Record<string, (t: TenureRecord) => string> = {
  姓名: (t) => t.person,
  人员编号: (t) => t.personId,
  发文机关: (t) => t.jurisdiction,
  机构: (t) => t.organization,
  职务: (t) => t.post,
  任职开始: (t) => t.start ?? '',
  任职结束: (t) => t.end ?? '',
  结束方式: (t) => (t.endReason ? END_REASON_WORDS[t.endReason] : ''),
  结束为推断: (t) => (t.end === null ? '' : t.endInferred ? '是' : '否'),
  试用期满: (t) => t.probationEnd ?? '',
  依据文号: (t) => t.source?.docNumber ?? '',
  依据发文日期: (t) => t.source?.signedOn ?? '',
};

describe('the CSV export read back by csv-parse', () => {
  const csv = tenuresToCsv(TENURES);
  const rows = parse(csv, { bom: true, columns: true, relax_column_count: false, skip_empty_lines: false }) as Record<string, string>[];

  it('has the columns expected and one row per tenure', () => {
    expect(Object.keys(rows[0])).toEqual(Object.keys(EXPECTED));
    expect(rows).toHaveLength(TENURES.length);
  });

  it.each(TENURES.map((t, i) => [t.person, i] as const))('gives back every field of %p equal to its tenure', (_, i) => {
    for (const [column, expected] of Object.entries(EXPECTED)) {
      expect({ column, value: unguardCsvField(rows[i][column]) }).toEqual({ column, value: expected(TENURES[i]) });
    }
  });

  it('leaves no cell that Excel would run as a formula', () => {
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
