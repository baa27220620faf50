import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { EventRecord, tenuresToXlsx, xlsxSheetNames } from '@renmian/exports';
import { tenureRecord } from '../../support/tenure-record.util';

// Invented people and notices.
const event = (over: Partial<EventRecord> = {}): EventRecord => ({
  id: '11',
  type: 'APPOINT',
  inferred: false,
  effectiveOn: '2024-03-09',
  personId: '7',
  person: '张晓明',
  jurisdiction: '青禾市人民政府',
  postId: '3',
  post: '青禾市财政局局长',
  organization: '青禾市财政局',
  probationMonths: 12,
  rank: null,
  precedenceAfter: null,
  notice: { key: '青政任〔2024〕3号', docNumber: '青政任〔2024〕3号', issuer: '青禾市人民政府', title: '关于任免张晓明等同志职务的通知', signedOn: '2024-03-08' },
  source: { line: 4, text: '张晓明为青禾市财政局局长（试用期一年）；' },
  ...over,
});

async function readBack(asOf: string | null) {
  const tenures = [
    tenureRecord({ probationEnd: '2025-03-08' }),
    tenureRecord({ personId: '8', person: '刘德明', start: null, end: '2024-03-09', endReason: 'REMOVED' as never, probationEnd: null }),
    // Text that a CSV reader would run as a formula stays text in a workbook.
    tenureRecord({ personId: '9', person: '=SUM(A1)', probationEnd: '2024-12-01' }),
  ];
  const bytes = await tenuresToXlsx(tenures, [event(), event({ id: 'inferred-1', type: 'INFERRED_END', inferred: true, probationMonths: null, source: { line: 5, text: '王五为青禾市财政局局长；' } })], asOf);
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, book };
}

describe('tenuresToXlsx', () => {
  it('writes three sheets in order: holders (named by the day), probations, the change log', async () => {
    const { book } = await readBack('2024-07-01');
    expect(book.worksheets.map((s) => s.name)).toEqual(['在任人员 2024-07-01', '试用期', '变动记录']);
    expect(xlsxSheetNames(null)[0]).toBe('任职记录');
  });

  it('holds dates as dates formatted yyyy-mm-dd, and an unknown date as an empty cell', async () => {
    const { book } = await readBack(null);
    const holders = book.worksheets[0];
    expect(holders.getRow(1).values).toEqual([undefined, '姓名', '人员编号', '发文机关', '机构', '职务', '任职开始', '任职结束', '结束方式', '结束为推断', '试用期满', '依据文号', '依据发文日期']);
    const start = holders.getCell('F2');
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString()).toBe('2024-03-09T00:00:00.000Z');
    expect(start.numFmt).toBe('yyyy-mm-dd');
    expect(holders.getCell('F3').value).toBeNull();
    expect((holders.getCell('G3').value as Date).toISOString().slice(0, 10)).toBe('2024-03-09');
    expect(holders.getCell('H3').value).toBe('免职');
  });

  it('freezes and filters the header row and sizes every column', async () => {
    const { book } = await readBack(null);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
      for (let c = 1; c <= sheet.columnCount; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(6);
    }
    expect(book.worksheets.map((s) => s.autoFilter)).toEqual(['A1:L4', 'A1:H3', 'A1:M3']);
  });

  it('lists the probations by their end, and the change log with each event’s notice, line and text', async () => {
    const { book } = await readBack(null);
    const probations = book.worksheets[1];
    expect(probations.rowCount).toBe(3);
    expect((probations.getCell('A2').value as Date).toISOString().slice(0, 10)).toBe('2024-12-01');
    expect(probations.getCell('B2').value).toBe('=SUM(A1)');
    expect(probations.getCell('B2').type).not.toBe(6 /* ValueType.Formula */);
    const changes = book.worksheets[2];
    expect(changes.getRow(1).values).toEqual([undefined, '生效日期', '事项', '姓名', '发文机关', '机构', '职务', '试用期（月）', '职级', '通知文号', '通知标题', '发文日期', '行号', '原文']);
    expect(changes.getRow(2).getCell(2).value).toBe('任命');
    expect(changes.getRow(2).getCell(9).value).toBe('青政任〔2024〕3号');
    expect(changes.getRow(2).getCell(12).value).toBe(4);
    expect(changes.getRow(2).getCell(13).value).toBe('张晓明为青禾市财政局局长（试用期一年）；');
    expect(changes.getRow(3).getCell(2).value).toBe('推断免职');
  });

  it('writes the same workbook for the same data: no clock in its parts (the zip’s own entry times aside)', async () => {
    const parts = async (bytes: Buffer) => {
      const zip = await JSZip.loadAsync(bytes);
      return Promise.all(Object.keys(zip.files).sort().map(async (name) => [name, await zip.file(name)?.async('string')]));
    };
    const a = await parts((await readBack('2024-07-01')).bytes);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await parts((await readBack('2024-07-01')).bytes)).toEqual(a);
    expect(a.map(([name]) => name)).toContain('docProps/core.xml');
  });
});
