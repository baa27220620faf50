import { createDataSource, openDatabase } from '@renmian/database';
import { ExportInputError, exportData, exportRequest } from '@renmian/exports';
import { UsageError } from './usage.error';

/**
 * `export --format csv|xlsx|json|popolo [--as-of yyyy-mm-dd]`: the file on stdout, exactly as
 * /export/<format> serves it (so `> tenures.csv` gives Excel a file with its BOM, and
 * `> renmian.xlsx` a workbook). Progress and
 * warnings go to stderr.
 */
export async function exportCommand(args: string[], write: (s: string | Buffer) => void, err: (s: string) => void): Promise<number> {
  const options = readOptions(args);
  let request: ReturnType<typeof exportRequest>;
  try {
    request = exportRequest(options.format, options.asOf);
  } catch (e) {
    if (e instanceof ExportInputError) throw new UsageError(e.message);
    throw e;
  }
  const db = await openDatabase({ log: err });
  const ds = createDataSource({ url: db.url });
  await ds.initialize();
  try {
    const file = await exportData(ds, request.format, request.asOf, cliBaseUrl());
    write(file.body);
    return 0;
  } finally {
    await ds.destroy();
    await db.close();
  }
}

/**
 * Popolo's sources link to notice pages: PUBLIC_URL where the service is published, else the
 * address `npm start` serves on this machine (PORT, 3000 by default).
 */
function cliBaseUrl(): string {
  const configured = process.env.PUBLIC_URL;
  if (configured) return configured.endsWith('/') ? configured.slice(0, -1) : configured;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

function readOptions(args: string[]): { format?: string; asOf?: string } {
  const options: { format?: string; asOf?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${args[i - 1]} needs a value`);
      return v;
    };
    if (args[i] === '--format') options.format = value();
    else if (args[i] === '--as-of') options.asOf = value();
    else throw new UsageError(`unknown option ${args[i]}`);
  }
  if (!options.format) throw new UsageError('export needs --format csv|xlsx|json|popolo');
  return options;
}
