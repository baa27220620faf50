import { InputFileError } from './commands/read-text-file.util';
import { UsageError, parseCommand } from './commands/parse.command';

/**
 * The `renmian` command line. Exit codes: 0 done, 2 bad input (a file that cannot be read as
 * notice text, or bad usage), 1 anything unexpected.
 */
const USAGE = 'usage: npm run -s cli -- parse FILE [--json]';

function main(argv: string[]): number {
  const [command, ...args] = argv;
  const out = (s: string) => process.stdout.write(s + '\n');
  try {
    switch (command) {
      case 'parse':
        return parseCommand(args, out);
      case undefined:
      case '--help':
      case 'help':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (err) {
    if (err instanceof InputFileError) {
      process.stderr.write(`renmian: cannot read ${err.message}\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`renmian: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`renmian: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
