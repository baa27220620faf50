import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import { unguardCsvField, xlsxSheetNames } from '@renmian/exports';
import { REPO_ROOT } from '../support/shared-dir.util';
import { freshDatabase } from '../support/test-database.util';
import { runRequiredTool } from '../support/tools.util';

// The command line and LibreOffice each start a process (LibreOffice about 2 s a conversion).
jest.setTimeout(120_000);

/**
 * `export --format xlsx` as an office opens it: LibreOffice Calc (headless, Debian's
 * libreoffice-calc) reads every sheet; the holders' sheet has the CSV export's rows cell for cell,
 * the change log one row per event of the JSON export, and LibreOffice sees the date columns as
 * dates (its flat ODS names each cell's value type).
 */
let dir: string;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const cli = (...args: string[]) =>
  spawnSync('npm', ['run', '-s', 'cli', '--', ...args], { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: db.url, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 });

/** LibreOffice with a profile of its own, so that a running instance or another test cannot hold it. */
function soffice(filter: string, input: string, out: string): void {
  runRequiredTool('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', filter, '--outdir', out, input], 'libreoffice-calc');
}

/** Every sheet of book.xlsx as rows of cells, read by LibreOffice (one CSV per sheet). */
function sheetsByLibreOffice(xlsx: string, out: string): Map<string, string[][]> {
  // Token 12 of the CSV filter's options, -1, writes each sheet to <name>-<sheet>.csv (LibreOffice 7.2+).
  soffice('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', xlsx, out);
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out).filter((n) => n.endsWith('.csv'))) {
    sheets.set(f.replace(/^book-/, '').replace(/\.csv$/, ''), parse(readFileSync(join(out, f), 'utf8'), { relax_column_count: true }) as string[][]);
  }
  return sheets;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'renmian-xlsx-'));
  db = await freshDatabase();
  const loaded = cli('ingest', join(REPO_ROOT, 'docs', 'samples', 'qinghe-2024-03.txt'), join(REPO_ROOT, 'docs', 'samples', 'qinghe-2024-06.txt'));
  expect(loaded.status).toBe(0);
});
afterAll(async () => {
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['', null],
  [' --as-of 2024-07-01', '2024-07-01'],
])('export --format xlsx%s, opened in LibreOffice', (_label, asOf) => {
  const extra = asOf ? ['--as-of', asOf] : [];
  let sheets: Map<string, string[][]>;
  let xlsx: string;

  beforeAll(() => {
    const r = cli('export', '--format', 'xlsx', ...extra);
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 2).toString('latin1')).toBe('PK');
    mkdirSync(join(dir, asOf ?? 'all'));
    xlsx = join(dir, asOf ?? 'all', 'book.xlsx');
    writeFileSync(xlsx, r.stdout);
    sheets = sheetsByLibreOffice(xlsx, join(dir, `csv-${asOf ?? 'all'}`));
  });

  it('has the three sheets, the holders’ sheet with the CSV export’s rows cell for cell', () => {
    const [holders, probations, changes] = xlsxSheetNames(asOf);
    expect([...sheets.keys()].sort()).toEqual([holders, probations, changes].sort());
    const csv = (parse(cli('export', '--format', 'csv', ...extra).stdout.toString('utf8'), { bom: true }) as string[][]).map((row) => row.map(unguardCsvField));
    expect(csv.length).toBeGreaterThan(3);
    expect(sheets.get(holders)).toEqual(csv);
  });

  it('has one change-log row per event of the JSON export, with its notice and line', () => {
    const { events } = JSON.parse(cli('export', '--format', 'json', ...extra).stdout.toString('utf8')) as { events: { person: string; notice: { docNumber: string }; source: { line: number; text: string } }[] };
    const rows = sheets.get(xlsxSheetNames(asOf)[2])!;
    expect(rows[0]).toEqual(['生效日期', '事项', '姓名', '发文机关', '机构', '职务', '试用期（月）', '职级', '通知文号', '通知标题', '发文日期', '行号', '原文']);
    expect(rows.slice(1).map((r) => [r[2], r[8], r[11], r[12]])).toEqual(events.map((e) => [e.person, e.notice.docNumber, String(e.source.line), e.source.text]));
  });

  it('holds dates that LibreOffice reads as dates, never as text', () => {
    const out = join(dir, `fods-${asOf ?? 'all'}`);
    soffice('fods', xlsx, out);
    const fods = readFileSync(join(out, readdirSync(out)[0]), 'utf8');
    const dates = fods.match(/office:value-type="date" office:date-value="\d{4}-\d{2}-\d{2}"/g) ?? [];
    expect(dates.length).toBeGreaterThan(5);
    // A day written as a string cell would be text to sort and filter by.
    expect(fods).not.toMatch(/office:value-type="string"[^>]*>\s*<text:p>\d{4}-\d{2}-\d{2}<\/text:p>/);
  });
});
