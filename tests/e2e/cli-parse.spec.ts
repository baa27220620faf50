import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { REPO_ROOT } from '../support/shared-dir.util';

// Each test starts the command line (a new Node process with TypeScript registration) once or
// more: a loaded 2-core machine needs more than Jest's default 5 s.
jest.setTimeout(30_000);

/** The parse command as outside checks run it: `npm run -s cli -- parse FILE --json`. */
function cli(...args: string[]) {
  const r = spawnSync('npm', ['run', '-s', 'cli', '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'renmian-cli-'));
const notice = join(dir, 'notice.txt');
writeFileSync(
  notice,
  [
    '# 青禾市人民政府 关于任免张晓明等工作人员职务的通知',
    '青政任〔2024〕7号',
    '市人民政府决定，任命：',
    '张晓明为青禾市财政局局长（试用期一年）；',
    '免去：',
    '刘德明的青禾市财政局局长职务。',
    '青禾市人民政府',
    '2024年3月9日',
  ].join('\n'),
);

describe('npm run cli -- parse', () => {
  it('prints exactly one JSON document with notices and unparsed lines', () => {
    const r = cli('parse', notice, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc).sort()).toEqual(['document', 'notices', 'unparsed']);
    expect(doc.document).toMatchObject({ kind: 'text', pageCount: null, ocr: false });
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toMatchObject({ docNumber: '青政任〔2024〕7号', date: '2024-03-09' });
    expect(doc.notices[0].events.map((e: { type: string; person: string }) => [e.type, e.person])).toEqual([
      ['appoint', '张晓明'],
      ['remove', '刘德明'],
    ]);
  });

  it('prints a readable table without --json', () => {
    const r = cli('parse', notice);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('青政任〔2024〕7号');
    expect(r.stdout).toContain('张晓明');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it.each([
    ['a missing file', join(dir, 'missing.txt'), 'no such file'],
    ['a directory', dir, 'is a directory'],
    ['a file that is text in no encoding read', 'gbk', 'not text in UTF-8, GBK/GB18030 or UTF-16'],
    ['a binary file', 'binary', 'NUL'],
  ])('refuses %s with one line on stderr naming it, and exit code 2', (_label, which, reason) => {
    let file = which;
    if (which === 'gbk') writeFileSync((file = join(dir, 'gbk.txt')), Buffer.from([0x41, 0xff, 0x0a]));
    if (which === 'binary') writeFileSync((file = join(dir, 'bin.txt')), Buffer.from([0x41, 0x00, 0x42]));
    const r = cli('parse', file, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain(reason);
  });
});
