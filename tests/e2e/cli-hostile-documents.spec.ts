import { spawn } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { docxBomb, encodeUtf16, manyPagesPdf, selfReferencingPdf } from '../support/hostile-documents.util';
import { REPO_ROOT } from '../support/shared-dir.util';

jest.setTimeout(60_000);

/**
 * The command line given hostile files (made here by code): exit 2 with one line naming the file,
 * what is wrong and what to do (the library's words after it, for whoever reads the terminal), no
 * stack; the process's peak resident memory, read from /proc while it runs, far under 1 GB.
 */
function parse(file: string): Promise<{ code: number | null; stdout: string; stderr: string; peakMb: number; ms: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'parse', file, '--json'], { cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // VmHWM is the process's own high-water mark: worker threads count in it, being the same process.
    const watch = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process has ended between two looks
      }
    }, 50);
    child.on('close', (code) => {
      clearInterval(watch);
      resolve({ code, stdout, stderr, peakMb: Math.round(peakKb / 1024), ms: Date.now() - t0 });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'renmian-cli-hostile-'));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('npm run cli -- parse, given hostile documents', () => {
  it.each([
    ['a DOCX whose body inflates to 150 MB', 'bomb.docx', () => docxBomb(150), 'the Word document decompresses to more than 8 MB', /word\/document\.xml inflates past/],
    ['a PDF of 10,000 tiny pages', 'pages.pdf', () => manyPagesPdf(10_000), '10000 pages, more than the 2000 read at once', null],
    ['a PDF whose page tree points at itself', 'loop.pdf', () => selfReferencingPdf(), 'a damaged PDF: check that it opens in a PDF viewer', /circular reference/],
  ])('refuses %s: exit 2, one line, no stack', async (_what, name, make, reason, detail) => {
    const path = file(name, make());
    const r = await parse(path);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`renmian: cannot read ${path}: ${reason}`);
    if (detail) expect(lines[0]).toMatch(detail);
    expect(r.stderr).not.toContain('    at ');
    expect(r.peakMb).toBeGreaterThan(0);
    expect(r.peakMb).toBeLessThan(1024);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('reads a notice in UTF-16 (Notepad\'s "Unicode") and says so in the JSON', async () => {
    const path = file('unicode.txt', encodeUtf16('青禾县人民政府\r\n任命柏云舟为青禾县财政局局长。\r\n2031年5月6日\r\n', 'le', true));
    const r = await parse(path);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.document).toMatchObject({ kind: 'text', encoding: 'UTF-16LE' });
    expect(doc.notices[0].events[0]).toMatchObject({ person: '柏云舟' });
  });
});
