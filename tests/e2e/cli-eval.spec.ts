import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { REPO_ROOT } from '../support/shared-dir.util';

// Each test starts the command line (a new Node process with TypeScript registration) once or
// more: a loaded 2-core machine needs more than Jest's default 5 s.
jest.setTimeout(30_000);

function cli(...args: string[]) {
  const r = spawnSync('npm', ['run', '-s', 'cli', '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NOTICE = [
  '# 青禾市人民政府 关于任免张晓明等工作人员职务的通知',
  '青政任〔2024〕7号',
  '市人民政府决定，任命：',
  '张晓明为青禾市财政局局长（试用期一年）；',
  '免去：',
  '刘德明的青禾市财政局局长职务。',
  '青禾市人民政府',
  '2024年3月9日',
].join('\n');

const event = (type: string, person: string, position: string, more: object = {}) => ({
  type,
  person,
  position,
  probationMonths: null,
  rank: null,
  precedenceAfter: null,
  concurrent: [],
  ...more,
});

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A gold folder: NAME → [raw text, gold JSON text] (null: no raw file). */
function goldDir(files: Record<string, [string | null, string]>, layout: { raw?: boolean; gold?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'renmian-eval-'));
  made.push(dir);
  if (layout.raw !== false) mkdirSync(join(dir, 'raw'));
  if (layout.gold !== false) mkdirSync(join(dir, 'gold'));
  for (const [name, [raw, gold]] of Object.entries(files)) {
    if (raw !== null) writeFileSync(join(dir, 'raw', `${name}.txt`), raw);
    writeFileSync(join(dir, 'gold', `${name}.json`), gold);
  }
  return dir;
}

describe('npm run cli -- eval --gold DIR', () => {
  it('prints a line per file and the figures last', () => {
    const exact = {
      notices: [
        {
          docNumber: '青政任〔2024〕7号',
          date: '2024-03-09',
          events: [event('appoint', '张晓明', '青禾市财政局局长', { probationMonths: 12 }), event('remove', '刘德明', '青禾市财政局局长')],
        },
      ],
    };
    // Full-width digits and spaces are normalised away; a wrong rank and an event the text does not
    // hold are not.
    const off = {
      notices: [
        {
          docNumber: '青政任〔２０２４〕 7号',
          date: '2024-03-09',
          events: [
            event('appoint', '张 晓明', '青禾市财政局局长', { probationMonths: 12 }),
            event('remove', '刘德明', '青禾市\u3000财政局局长', { rank: '正处级' }),
            event('appoint', '王五', '青禾市商务局局长'),
          ],
        },
      ],
    };
    const dir = goldDir({
      a: [NOTICE, JSON.stringify(exact)],
      b: [NOTICE, JSON.stringify(off)],
      c: ['今天天气很好，大家一起去公园散步。', '{"notices": []}'],
    });
    const r = cli('eval', '--gold', dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('a.txt: ok (2 events, 1 notices)');
    expect(lines[1]).toMatch(/^b\.txt: events missed 1 \[appoint 王五 青禾市商务局局长\] extra 0 \| notices missed 0 extra 0$/);
    expect(lines[2]).toBe('c.txt: ok (0 events, 0 notices)');
    expect(lines.at(-2)).toBe('files=3 parser_failures=0 events tp=4 fp=0 fn=1 | notices tp=2 fp=0 fn=0 | attrs 11/12');
    expect(lines.at(-1)).toBe('events P=1.000 R=0.800 F1=0.889 | notices P=1.000 R=1.000 | attrs=0.917');
  });

  const ok = JSON.stringify({ notices: [] });
  it.each([
    ['a missing folder', () => join(goldDir({}), 'nowhere'), (dir: string) => dir, 'no such directory'],
    ['a folder without raw/', () => goldDir({}, { raw: false }), (dir: string) => dir, 'no raw/ folder'],
    ['a folder without gold/', () => goldDir({}, { gold: false }), (dir: string) => dir, 'no gold/ folder'],
    ['gold that is not JSON', () => goldDir({ a: ['x', ok], b: ['x', '{"notices": ['] }), (dir: string) => join(dir, 'gold', 'b.json'), 'not valid JSON'],
    ['JSON that is not gold', () => goldDir({ a: ['x', '{"notices": {}}'] }), (dir: string) => join(dir, 'gold', 'a.json'), '"notices" is not a list'],
    ['gold without its raw text', () => goldDir({ a: ['x', ok], b: [null, ok] }), (dir: string) => join(dir, 'raw', 'b.txt'), 'no such file'],
  ])('refuses %s with one line on stderr naming it, and exit code 2', (_label, make, named, reason) => {
    const dir = make();
    const r = cli('eval', '--gold', dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(named(dir));
    expect(r.stderr).toContain(reason);
  });

  it('refuses to run without --gold DIR, with exit code 2', () => {
    const r = cli('eval');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('eval needs --gold DIR');
  });
});
