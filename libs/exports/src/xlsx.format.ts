import { PassThrough } from 'stream';
import { stream } from 'exceljs';
import { END_REASON_WORDS } from '@renmian/tenure-rules';
import type { EventRecord, TenureRecord } from './export.types';

/**
 * A column of a sheet: its header, its width in characters (never 9: exceljs takes 9 for its default
 * and leaves the width out), and how its cells are written.
 */
interface Column<T> {
  header: string;
  width: number;
  kind: 'text' | 'date' | 'number';
  value: (row: T) => string | number | null;
}

const DATE_FORMAT = 'yyyy-mm-dd';

const EVENT_WORDS: Record<EventRecord['type'], string> = { APPOINT: '任命', REMOVE: '免去', AUTO_REMOVE: '职务自然免除', INFERRED_END: '推断免职' };

/** A tenure's columns, each defined once; the sheets pick them in their own order. */
const TENURE = {
  person: { header: '姓名', width: 10, kind: 'text', value: (t) => t.person },
  personId: { header: '人员编号', width: 10, kind: 'text', value: (t) => t.personId },
  jurisdiction: { header: '发文机关', width: 22, kind: 'text', value: (t) => t.jurisdiction },
  organization: { header: '机构', width: 24, kind: 'text', value: (t) => t.organization },
  post: { header: '职务', width: 28, kind: 'text', value: (t) => t.post },
  start: { header: '任职开始', width: 12, kind: 'date', value: (t) => t.start },
  end: { header: '任职结束', width: 12, kind: 'date', value: (t) => t.end },
  endReason: { header: '结束方式', width: 14, kind: 'text', value: (t) => (t.endReason ? END_REASON_WORDS[t.endReason] : null) },
  endInferred: { header: '结束为推断', width: 10, kind: 'text', value: (t) => (t.end === null ? null : t.endInferred ? '是' : '否') },
  probationEnd: { header: '试用期满', width: 12, kind: 'date', value: (t) => t.probationEnd },
  docNumber: { header: '依据文号', width: 20, kind: 'text', value: (t) => t.source?.docNumber ?? null },
  signedOn: { header: '依据发文日期', width: 13, kind: 'date', value: (t) => t.source?.signedOn ?? null },
} satisfies Record<string, Column<TenureRecord>>;

const pick = (keys: (keyof typeof TENURE)[]): Column<TenureRecord>[] => keys.map((k) => TENURE[k]);

/** The holders' sheet has the CSV export's columns in its order, so the two read alike. */
const TENURE_COLUMNS = pick(['person', 'personId', 'jurisdiction', 'organization', 'post', 'start', 'end', 'endReason', 'endInferred', 'probationEnd', 'docNumber', 'signedOn']);

const PROBATION_COLUMNS = pick(['probationEnd', 'person', 'jurisdiction', 'organization', 'post', 'start', 'end', 'docNumber']);

const EVENT_COLUMNS: Column<EventRecord>[] = [
  { header: '生效日期', width: 12, kind: 'date', value: (e) => e.effectiveOn },
  { header: '事项', width: 12, kind: 'text', value: (e) => EVENT_WORDS[e.type] ?? e.type },
  { header: '姓名', width: 10, kind: 'text', value: (e) => e.person },
  { header: '发文机关', width: 22, kind: 'text', value: (e) => e.jurisdiction },
  { header: '机构', width: 24, kind: 'text', value: (e) => e.organization },
  { header: '职务', width: 28, kind: 'text', value: (e) => e.post },
  { header: '试用期（月）', width: 11, kind: 'number', value: (e) => e.probationMonths },
  { header: '职级', width: 12, kind: 'text', value: (e) => e.rank },
  { header: '通知文号', width: 20, kind: 'text', value: (e) => e.notice.docNumber ?? e.notice.key },
  { header: '通知标题', width: 30, kind: 'text', value: (e) => e.notice.title },
  { header: '发文日期', width: 12, kind: 'date', value: (e) => e.notice.signedOn },
  { header: '行号', width: 6, kind: 'number', value: (e) => e.source.line },
  { header: '原文', width: 60, kind: 'text', value: (e) => e.source.text },
];

/** A stated day (yyyy-mm-dd) as the cell's date: midnight UTC is a whole Excel serial day. */
function cellValue(kind: Column<unknown>['kind'], v: string | number | null): string | number | Date | null {
  if (v === null) return null;
  if (kind === 'date') return new Date(`${v}T00:00:00Z`);
  return v;
}

/**
 * A sheet whose header row stays in view and carries filters, each column sized for its contents
 * and dates formatted as dates (cells hold real date values, not text, so Excel sorts and filters
 * them by day). Strings are plain strings: an XLSX cell is a formula only when written as one, so
 * notice text needs no guard here, unlike the CSV. Rows are committed as they are added: the
 * streaming writer keeps only the zip's output, not a model of every cell.
 */
function addSheet<T>(book: stream.xlsx.WorkbookWriter, name: string, columns: Column<T>[], rows: T[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.kind === 'date' ? { numFmt: DATE_FORMAT } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(c.kind, c.value(row)))).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: columns.length } };
  sheet.commit();
}

/** The sheet names, exported for tests and readers: holders first (the sheet a converter reads). */
export function xlsxSheetNames(asOf: string | null): [holders: string, probations: string, changes: string] {
  return [asOf ? `在任人员 ${asOf}` : '任职记录', '试用期', '变动记录'];
}

/**
 * The workbook an office sends on: the tenures (held on `asOf`, or all), those of them with a
 * probation, and the change log with each event's notice and line.
 */
export async function tenuresToXlsx(tenures: TenureRecord[], events: EventRecord[], asOf: string | null): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const book = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'Renmian';
  // Fixed, so that two exports of the same data hold the same sheets and properties (the zip
  // container still stamps its entries with the time of writing).
  book.created = book.modified = new Date('2000-01-01T00:00:00Z');
  const [holders, probations, changes] = xlsxSheetNames(asOf);
  addSheet(book, holders, TENURE_COLUMNS, tenures);
  const onProbation = tenures.filter((t) => t.probationEnd !== null).sort((a, b) => a.probationEnd!.localeCompare(b.probationEnd!) || a.person.localeCompare(b.person));
  addSheet(book, probations, PROBATION_COLUMNS, onProbation);
  addSheet(book, changes, EVENT_COLUMNS, events);
  await book.commit();
  await done;
  return Buffer.concat(chunks);
}
