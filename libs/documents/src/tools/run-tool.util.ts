import { execFile } from 'child_process';
import { DocumentError } from '../document.error';
import type { ReadLimits } from '../document.types';
import { beyondMemoryOrTime } from '../limit-errors.util';

/** A program from a Debian package that reading some kinds needs. */
export interface Tool {
  command: string;
  /** The Debian packages to install for it, named in the message when it is missing. */
  packages: string[];
  /** What it is needed for, in the message ("OCR", "rasterising scanned PDF pages"). */
  purpose: string;
}

export const TESSERACT: Tool = {
  command: 'tesseract',
  packages: ['tesseract-ocr', 'tesseract-ocr-chi-sim', 'tesseract-ocr-chi-tra'],
  purpose: 'OCR of scans and images',
};

export const PDFTOPPM: Tool = { command: 'pdftoppm', packages: ['poppler-utils'], purpose: 'rasterising scanned PDF pages for OCR' };

export function toolMissing(tool: Tool, file: string, what = `the ${tool.command} program`): DocumentError {
  return new DocumentError('TOOL_MISSING', file, `${tool.purpose} needs ${what}, which is not installed here: install the Debian packages ${tool.packages.join(' ')} (apt-get install ${tool.packages.join(' ')})`);
}

/** Who runs a tool and within what: the file's name for messages, the time and memory a run may take. */
export interface ToolRun {
  name: string;
  limits: Pick<ReadLimits, 'toolMs' | 'toolMemoryMb'>;
}

/** What sh answers when the command is not on PATH. */
const NOT_FOUND = 127;

/**
 * Runs a tool and returns its stdout, under a limit on address space (the shell's `ulimit -v`,
 * then `exec`, so that the limit binds the tool itself and the timer kills the tool, not a shell)
 * and a timer that kills it: a blank 10,000 pt page had pdftoppm and Tesseract at 5 GB for a
 * minute. The arguments are passed to sh as positional parameters, never parsed by it. Not found
 * is TOOL_MISSING; killed by the timer, TOO_LARGE; another failure, UNREADABLE with the tool's own
 * last words kept for the log.
 */
export function runTool(tool: Tool, args: string[], run: ToolRun, env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string }> {
  const script = `ulimit -v ${Math.round(run.limits.toolMemoryMb * 1024)} && exec "$@"`;
  return new Promise((resolve, reject) => {
    // The environment is passed explicitly: where a host gives this code its own process.env (Jest
    // does), PATH and TESSDATA_PREFIX must come from that one.
    execFile(
      // By its path: the PATH given may hold nothing but the tools (tests make such a PATH).
      '/bin/sh',
      ['-c', script, 'sh', tool.command, ...args],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', windowsHide: true, timeout: run.limits.toolMs, killSignal: 'SIGKILL' },
      (err, stdout, stderr) => {
        if (!err) return resolve({ stdout, stderr });
        const e = err as unknown as { code?: number | string; killed?: boolean; signal?: string | null };
        // 127 is also what sh answers when the program is found but cannot even be loaded within the limit.
        if (e.code === 'ENOENT' || (e.code === NOT_FOUND && /not found/.test(stderr))) return reject(toolMissing(tool, run.name));
        const said = stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300) || err.message;
        if (e.killed && e.signal === 'SIGKILL') return reject(beyondMemoryOrTime(run.name, 'time', `${tool.command} killed after ${run.limits.toolMs} ms: ${said}`));
        reject(
          new DocumentError('UNREADABLE', run.name, `${tool.command} could not read it: check that the file opens in a viewer, or scan it again`, {
            zh: '扫描图像已损坏或无法识别：请确认文件能正常打开，或重新扫描（300 dpi）后上传',
            detail: `${tool.command}: ${said}`,
          }),
        );
      },
    );
  });
}
