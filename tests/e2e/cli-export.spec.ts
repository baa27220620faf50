import { spawnSync } from 'child_process';
import { join } from 'path';
import { Workbook } from 'exceljs';
import { REPO_ROOT } from '../support/shared-dir.util';
import { freshDatabase } from '../support/test-database.util';

// Each test starts the command line (a new Node process with TypeScript registration) once or
// more: a loaded 2-core machine needs more than Jest's default 5 s.
jest.setTimeout(30_000);

describe('npm run cli -- export', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const cli = (...args: string[]) =>
    spawnSync('npm', ['run', '-s', 'cli', '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url, NODE_OPTIONS: '' } });

  beforeAll(async () => {
    db = await freshDatabase();
    const loaded = cli('ingest', join(REPO_ROOT, 'docs', 'samples', 'qinghe-2024-03.txt'), join(REPO_ROOT, 'docs', 'samples', 'qinghe-2024-06.txt'));
    expect(loaded.status).toBe(0);
  });
  afterAll(() => db.drop());

  it('writes tenures as CSV with a BOM, one row per tenure, nothing else on stdout', () => {
    const r = cli('export', '--format', 'csv');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\ufeff姓名,')).toBe(true);
    const rows = r.stdout.slice(1).trimEnd().split('\r\n');
    expect(rows.find((l) => l.startsWith('张晓明,'))).toMatch(/青禾市财政局局长,2024-03-09,/);
    // 刘德明's start was never stated: it stays empty, not invented.
    expect(rows.find((l) => l.startsWith('刘德明,'))).toMatch(/青禾市财政局局长,,2024-03-09,免职,否,/);
  });

  it('narrows to one day with --as-of: only tenures held that day', () => {
    const before = cli('export', '--format', 'csv', '--as-of', '2024-03-08').stdout;
    const after = cli('export', '--format', 'csv', '--as-of', '2024-03-09').stdout;
    expect(before).toContain('刘德明,');
    expect(before).not.toContain('张晓明,');
    expect(after).toContain('张晓明,');
    expect(after).not.toContain('刘德明,');
  });

  it('writes the change log as JSON, each event citing its notice and the line it stands on', () => {
    const r = cli('export', '--format', 'json');
    expect(r.status).toBe(0);
    const { events } = JSON.parse(r.stdout) as { events: { type: string; person: string; notice: { docNumber: string }; source: { line: number; text: string } }[] };
    expect(events.length).toBeGreaterThanOrEqual(5);
    for (const e of events) {
      expect(e.notice.docNumber).toMatch(/号$/);
      expect(e.source.line).toBeGreaterThan(0);
      expect(e.source.text.length).toBeGreaterThan(0);
    }
    expect(events.filter((e) => e.person === '张晓明' && e.type === 'APPOINT')).toHaveLength(1);
  });

  it('writes Popolo with persons, organizations, posts and memberships that refer to each other', () => {
    const r = cli('export', '--format', 'popolo', '--as-of', '2024-07-01');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<'persons' | 'organizations' | 'posts' | 'memberships', { id: string; person_id?: string; post_id?: string; organization_id?: string }[]>;
    const ids = (k: 'persons' | 'organizations' | 'posts') => new Set(doc[k].map((x) => x.id));
    expect(doc.memberships.length).toBeGreaterThan(0);
    for (const m of doc.memberships) {
      expect(ids('persons').has(m.person_id!)).toBe(true);
      expect(ids('posts').has(m.post_id!)).toBe(true);
      expect(ids('organizations').has(m.organization_id!)).toBe(true);
    }
  });

  it('writes a workbook whose holders’ sheet has the CSV export’s rows, dates as dates', async () => {
    const raw = spawnSync('npm', ['run', '-s', 'cli', '--', 'export', '--format', 'xlsx'], { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: db.url, NODE_OPTIONS: '' } });
    expect(raw.status).toBe(0);
    const book = new Workbook();
    await book.xlsx.load(raw.stdout as unknown as ArrayBuffer);
    const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v));
    const sheet = book.worksheets[0];
    const rows = sheet.getSheetValues().slice(1).map((r) => Array.from({ length: 12 }, (_, i) => text((r as unknown[])[i + 1])));
    const csv = cli('export', '--format', 'csv').stdout.slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
    expect(rows).toEqual(csv);
    const starts = sheet.getColumn(6).values.slice(2).filter((v) => v !== null && v !== undefined);
    expect(starts.length).toBeGreaterThan(2);
    for (const v of starts) expect(v).toBeInstanceOf(Date);
  });

  it('refuses an unknown format or an impossible date with exit 2 and a message naming it', () => {
    const format = cli('export', '--format', 'xls');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown export format “xls”');
    const date = cli('export', '--format', 'csv', '--as-of', '2024-13-01');
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('“2024-13-01” is not a calendar date');
    expect(date.stdout).toBe('');
  });
});
