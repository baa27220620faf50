import { execFile } from 'child_process';
import { DocumentError } from '../document.error';

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

/**
 * Runs a tool without a shell (arguments are never parsed by one) and returns its stdout. Not
 * found on PATH is TOOL_MISSING; a failure is UNREADABLE with the tool's own last words.
 */
export function runTool(tool: Tool, args: string[], file: string, env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // The environment is passed explicitly: where a host gives this code its own process.env (Jest
    // does), PATH and TESSDATA_PREFIX must come from that one.
    execFile(tool.command, args, { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
      if (!err) return resolve({ stdout, stderr });
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return reject(toolMissing(tool, file));
      const said = stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300);
      reject(new DocumentError('UNREADABLE', file, `${tool.command} could not read it (${said || err.message}): check that the file opens in a viewer`));
    });
  });
}
