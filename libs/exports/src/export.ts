import { isIsoDate } from '@renmian/tenure-rules';
import { tenuresToCsv } from './csv.format';
import { readEvents, readTenures } from './export.reader';
import { EXPORT_FORMATS, ExportFile, ExportFormat, Queryable } from './export.types';
import { tenuresToPopolo } from './popolo.format';
import { tenuresToXlsx } from './xlsx.format';

export class ExportInputError extends Error {}

/** Checks what a user typed before any query runs: a wrong format or date is named, not guessed. */
export function exportRequest(format: string | undefined, asOf: string | undefined | null): { format: ExportFormat; asOf: string | null } {
  if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new ExportInputError(`unknown export format “${format ?? ''}”: use ${EXPORT_FORMATS.join(', ')}`);
  }
  if (asOf === undefined || asOf === null || asOf === '') return { format: format as ExportFormat, asOf: null };
  if (!isIsoDate(asOf)) {
    throw new ExportInputError(`as-of date “${asOf}” is not a calendar date in the form yyyy-mm-dd`);
  }
  return { format: format as ExportFormat, asOf };
}

/**
 * One export, the same from the command line and over HTTP: tenures as CSV, a workbook (tenures,
 * probations and the change log) as XLSX, the change log with its sources as JSON, or tenures as
 * Popolo. `asOf` narrows tenures to those held that day
 * and events to those in effect by then. `baseUrl` is where the service's pages are reached: Popolo's
 * sources link to each notice's page there.
 */
export async function exportData(db: Queryable, format: ExportFormat, asOf: string | null, baseUrl: string): Promise<ExportFile> {
  const stem = `renmian-${format === 'json' ? 'events' : 'tenures'}${asOf ? `-${asOf}` : ''}`;
  switch (format) {
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8', filename: `${stem}.csv`, body: tenuresToCsv(await readTenures(db, { asOf })) };
    case 'xlsx': {
      const [tenures, events] = [await readTenures(db, { asOf }), await readEvents(db, { asOf })];
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename: `renmian${asOf ? `-${asOf}` : ''}.xlsx`,
        body: await tenuresToXlsx(tenures, events, asOf),
      };
    }
    case 'json': {
      const events = await readEvents(db, { asOf });
      return { contentType: 'application/json; charset=utf-8', filename: `${stem}.json`, body: JSON.stringify({ asOf, events }, null, 2) + '\n' };
    }
    case 'popolo':
      return {
        contentType: 'application/json; charset=utf-8',
        filename: `${stem}.popolo.json`,
        body: JSON.stringify(tenuresToPopolo(await readTenures(db, { asOf }), baseUrl), null, 2) + '\n',
      };
  }
}
