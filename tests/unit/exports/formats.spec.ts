import { ExportInputError, TenureRecord, exportRequest, tenuresToCsv, tenuresToPopolo } from '@renmian/exports';
import { tenureRecord } from '../../support/tenure-record.util';

const BASE = 'https://renmian.example.gov.cn';

const tenure = (over: Partial<TenureRecord> = {}): TenureRecord => tenureRecord({ probationEnd: '2025-03-08', ...over });

/** Reads a CSV the way RFC 4180 says (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows[rows.length - 1].push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      endCell();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push([]);
      i++;
    } else {
      cell += c;
    }
  }
  rows.pop();
  return rows;
}

describe('tenuresToCsv', () => {
  it('starts with a UTF-8 byte order mark so that Excel reads Chinese, and ends rows with CRLF', () => {
    const csv = tenuresToCsv([tenure()]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('leaves unknown dates empty and marks an inferred end', () => {
    const [header, row] = readCsv(tenuresToCsv([tenure({ start: null, end: '2025-01-01', endReason: 'SUPERSEDED', endInferred: true })]).slice(1));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('任职开始')).toBe('');
    expect(cell('任职结束')).toBe('2025-01-01');
    expect(cell('结束为推断')).toBe('是');
    expect(cell('依据文号')).toBe('青政任〔2024〕3号');
  });

  it('quotes commas, quotes and line breaks, and defuses text that Excel would run as a formula', () => {
    const odd = tenure({ person: '王"一",二', organization: '第一\n第二', post: '=HYPERLINK("x")' });
    const [header, row] = readCsv(tenuresToCsv([odd]).slice(1));
    expect(row).toHaveLength(header.length);
    expect(row[header.indexOf('姓名')]).toBe('王"一",二');
    expect(row[header.indexOf('机构')]).toBe('第一\n第二');
    expect(row[header.indexOf('职务')]).toBe(`'=HYPERLINK("x")`);
  });
});

describe('tenuresToPopolo', () => {
  it('lists each person, organisation and post once and one membership per tenure', () => {
    const doc = tenuresToPopolo([tenure(), tenure({ start: '2020-01-01', end: '2024-03-09', endReason: 'REMOVED', probationEnd: null })], BASE);
    expect(doc.persons).toHaveLength(1);
    expect(doc.organizations).toEqual([{ id: 'renmian:organization/2', name: '青禾市财政局' }]);
    expect(doc.posts).toEqual([{ id: 'renmian:post/3', label: '青禾市财政局局长', role: '局长', organization_id: 'renmian:organization/2' }]);
    expect(doc.memberships).toHaveLength(2);
    expect(doc.memberships[1]).toMatchObject({ start_date: '2020-01-01', end_date: '2024-03-09', end_reason: 'REMOVED', end_inferred: false });
  });

  it('gives no start_date when no notice states the start, never a guessed one', () => {
    const [m] = tenuresToPopolo([tenure({ start: null })], BASE).memberships;
    expect(m).not.toHaveProperty('start_date');
    expect(m).not.toHaveProperty('end_date');
    expect(m.person_id).toBe('renmian:person/7');
  });
});

describe('exportRequest', () => {
  it('accepts the three formats with or without a date', () => {
    expect(exportRequest('csv', undefined)).toEqual({ format: 'csv', asOf: null });
    expect(exportRequest('popolo', '2024-02-29')).toEqual({ format: 'popolo', asOf: '2024-02-29' });
  });

  it.each([
    ['xml', null, /unknown export format “xml”/],
    [undefined, null, /unknown export format/],
    ['csv', '2023-02-29', /not a calendar date/],
    ['json', '2024/01/01', /not a calendar date/],
  ])('refuses format %p with date %p, naming what is wrong', (format, asOf, message) => {
    expect(() => exportRequest(format, asOf)).toThrow(ExportInputError);
    expect(() => exportRequest(format, asOf)).toThrow(message);
  });
});
