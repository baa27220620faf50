import { readFileSync } from 'fs';
import { firstInvalidUtf8 } from '@renmian/documents';

/** A file that cannot be used as notice text; the message names the file and the reason. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** A file's bytes, refusing what is missing or unreadable with a message naming it. */
export function readFileBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new InputFileError(file, describeFsError(err));
  }
}

/**
 * Reads a file as UTF-8 text, refusing what is missing, unreadable, binary or not UTF-8 (for the
 * files that must be text: eval's raw texts and gold; notices themselves go through readDocument).
 */
export function readTextFile(file: string): string {
  const bytes = readFileBytes(file);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw new InputFileError(file, `not UTF-8 text (invalid byte 0x${bytes[bad].toString(16)} at offset ${bad})`);
  const text = bytes.toString('utf8');
  if (text.includes('\u0000')) throw new InputFileError(file, 'not text (contains NUL bytes)');
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read (${code ?? (err as Error).message})`;
  }
}
