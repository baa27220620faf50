import { ocrPageLimitFromEnv } from './ocr-limit.util';
import { createDataSource, openDatabase } from '@renmian/database';
import { DocumentError, ReadDocument, readDocument } from '@renmian/documents';
import { IngestInputError, IngestReport, IngestionService } from '@renmian/ingestion';
import { InputFileError, readFileBytes } from './read-text-file.util';
import { UsageError } from './usage.error';

/**
 * `ingest FILE...`: each file in its own transaction. FILE is any document readDocument reads;
 * its kind, bytes' hash, pages and OCR are stored with it (the same bytes loaded again add
 * nothing). A file that cannot be read, or holds no notice, is refused with a message (exit code
 * 2) and leaves nothing behind; the other files still load.
 */
export async function ingestCommand(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) throw new UsageError('ingest takes one or more FILEs');
  const db = await openDatabase({ log: err });
  const ds = createDataSource({ url: db.url, statementTimeoutMs: 300_000 });
  await ds.initialize();
  const progress = new Progress(files.length, process.stderr.isTTY === true);
  const totals = { loaded: 0, again: 0, refused: 0, notices: 0, events: 0, unparsed: 0, warnings: 0 };
  try {
    const service = new IngestionService(ds);
    for (const [i, file] of files.entries()) {
      progress.show(i, file);
      try {
        const doc: ReadDocument = await readDocument(readFileBytes(file), { name: file, ocrPageLimit: ocrPageLimitFromEnv() });
        const { kind, sha256, pageCount, ocr, linePages } = doc;
        const report = await service.ingest(doc.text, file, { kind, sha256, pageCount, ocr, linePages });
        add(totals, report);
        for (const w of report.warnings) err(`${file}: ${w}`);
      } catch (e) {
        if (!(e instanceof InputFileError || e instanceof DocumentError || e instanceof IngestInputError)) throw e;
        totals.refused++;
        err(`renmian: cannot load ${e instanceof IngestInputError ? `${file}: ${e.reason}` : e.message}`);
      }
    }
    progress.show(files.length, '');
    progress.end();
  } finally {
    await ds.destroy();
    await db.close();
  }
  out(
    `files ${files.length} (loaded ${totals.loaded}, already loaded ${totals.again}, refused ${totals.refused}), ` +
      `notices ${totals.notices}, events ${totals.events}, unparsed lines ${totals.unparsed}, warnings ${totals.warnings}`,
  );
  return totals.refused > 0 ? 2 : 0;
}

function add(t: { loaded: number; again: number; notices: number; events: number; unparsed: number; warnings: number }, r: IngestReport) {
  if (r.loaded) t.loaded++;
  else t.again++;
  t.notices += r.notices;
  t.events += r.events;
  t.unparsed += r.unparsedLines;
  t.warnings += r.warnings.length;
}

/** A one-line bar on stderr, only on a terminal: logs and pipes get the summary alone. */
class Progress {
  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  show(done: number, file: string): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${file}`.padEnd(100).slice(0, 100));
  }

  end(): void {
    if (this.enabled) process.stderr.write('\n');
  }
}
