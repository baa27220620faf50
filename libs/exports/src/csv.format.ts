import { END_REASON_WORDS } from '@renmian/tenure-rules';
import type { TenureRecord } from './export.types';

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
const BOM = '\ufeff';


const COLUMNS: [header: string, value: (t: TenureRecord) => string | null][] = [
  ['姓名', (t) => t.person],
  ['人员编号', (t) => t.personId],
  ['发文机关', (t) => t.jurisdiction],
  ['机构', (t) => t.organization],
  ['职务', (t) => t.post],
  ['任职开始', (t) => t.start],
  ['任职结束', (t) => t.end],
  ['结束方式', (t) => (t.endReason ? END_REASON_WORDS[t.endReason] : null)],
  ['结束为推断', (t) => (t.end === null ? null : t.endInferred ? '是' : '否')],
  ['试用期满', (t) => t.probationEnd],
  ['依据文号', (t) => t.source?.docNumber ?? null],
  ['依据发文日期', (t) => t.source?.signedOn ?? null],
];

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function field(value: string | null): string {
  if (value === null) return '';
  // A leading = + - @ would make Excel run the cell as a formula: notice text is not trusted, so
  // such a cell gets an apostrophe in front. A value that already starts with one gets another,
  // so that a reader recovers every value by dropping one leading apostrophe (unguardCsvField).
  const safe = /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The value a cell was written from: the inverse of the formula guard above. */
export function unguardCsvField(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Tenures as a spreadsheet: one row each, empty cells for what no notice states, CRLF as Excel writes. */
export function tenuresToCsv(tenures: TenureRecord[]): string {
  const lines = [COLUMNS.map(([h]) => h).join(',')];
  for (const t of tenures) lines.push(COLUMNS.map(([, value]) => field(value(t))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
