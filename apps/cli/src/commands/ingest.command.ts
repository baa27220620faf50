import { ocrPageLimitFromEnv } from './ocr-limit.util';
import { createDataSource, openDatabase } from '@renmian/database';
import { DocumentError, ReadDocument, readDocument } from '@renmian/documents';
import { IngestDocument, IngestInputError, IngestReport, IngestionService, LoadAuthor, ParseWorkerPool, PreparedText } from '@renmian/ingestion';
import { cliActor } from './cli-actor.util';
import { filesToLoad } from './ingest-files.util';
import { IngestProgress } from './ingest-progress.util';
import { InputFileError, readFileBytes } from './read-text-file.util';
import { UsageError } from './usage.error';

/**
 * `ingest [--jobs N] FILE|DIR...`: each file in its own transaction, in the order given (a
 * directory's files sorted by path). FILE is any document readDocument reads; its kind, bytes'
 * hash, pages and OCR are stored with it (the same bytes loaded again add nothing). A file that
 * cannot be read, or holds no notice, is refused with a message (exit code 2) and leaves nothing
 * behind; the other files still load.
 *
 * With --jobs N the next files are read and parsed in N worker threads while this process writes
 * the current one. Writes stay one at a time and in the same order, so the database ends the same.
 *
 * Each file's load writes its audit entry (in its own transaction), naming the OS user (cliActor).
 */
export async function ingestCommand(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { paths, jobs } = ingestArgs(args);
  const files = filesToLoad(paths);
  if (files.length === 0) throw new UsageError(`no file to load in ${paths.join(', ')} (text, PDF, .docx, .html, PNG or JPEG)`);
  const db = await openDatabase({ log: err });
  const ds = createDataSource({ url: db.url, statementTimeoutMs: 300_000 });
  await ds.initialize();
  const progress = new IngestProgress(files.length, process.stderr.isTTY === true);
  const say = (s: string) => {
    progress.interrupt();
    err(s);
  };
  const totals = { loaded: 0, again: 0, refused: 0, notices: 0, events: 0, unparsed: 0, warnings: 0 };
  const pool = jobs > 0 ? new ParseWorkerPool(jobs) : null;
  try {
    const service = new IngestionService(ds);
    const by: LoadAuthor = { door: 'cli', actor: cliActor() };
    const reads = new ReadAhead(files, jobs, pool);
    for (const [i, file] of files.entries()) {
      progress.show(i, file);
      try {
        const { doc, prepared } = await reads.take(i);
        const { kind, sha256, pageCount, ocr, linePages } = doc;
        const described: IngestDocument = { kind, sha256, pageCount, ocr, linePages };
        const report = prepared ? await service.ingestPrepared(prepared, file, described, by) : await service.ingest(doc.text, file, described, by);
        add(totals, report);
        for (const w of report.warnings) say(`${file}: ${w}`);
      } catch (e) {
        if (!(e instanceof InputFileError || e instanceof DocumentError || e instanceof IngestInputError)) throw e;
        totals.refused++;
        const detail = e instanceof DocumentError && e.detail ? ` (${e.detail.split('\n')[0]})` : '';
        say(`renmian: cannot load ${e instanceof IngestInputError ? `${file}: ${e.reason}` : e.message}${detail}`);
      }
    }
    progress.show(files.length, '');
    progress.end();
  } finally {
    await pool?.close();
    await ds.destroy();
    await db.close();
  }
  out(
    `files ${files.length} (loaded ${totals.loaded}, already loaded ${totals.again}, refused ${totals.refused}), ` +
      `notices ${totals.notices}, events ${totals.events}, unparsed lines ${totals.unparsed}, warnings ${totals.warnings}`,
  );
  return totals.refused > 0 ? 2 : 0;
}

function ingestArgs(args: string[]): { paths: string[]; jobs: number } {
  const paths: string[] = [];
  let jobs = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--jobs' || a.startsWith('--jobs=')) {
      const value = a === '--jobs' ? args[++i] : a.slice('--jobs='.length);
      jobs = Number(value);
      if (!/^\d+$/.test(value ?? '') || jobs < 1 || jobs > 64) throw new UsageError(`--jobs takes a number of workers from 1 to 64, not ${value ?? 'nothing'}`);
    } else if (a.startsWith('--')) {
      throw new UsageError(`ingest has no option ${a}`);
    } else paths.push(a);
  }
  if (paths.length === 0) throw new UsageError('ingest takes one or more FILEs or directories');
  return { paths, jobs };
}

interface ReadFile {
  doc: ReadDocument;
  prepared: PreparedText | null;
}

/**
 * Reads (and, with a pool, parses) up to `ahead` files beyond the one being written. A failure
 * is kept with its file and thrown when that file's turn comes, so refusals are reported in order.
 */
class ReadAhead {
  private readonly started = new Map<number, Promise<{ ok: ReadFile } | { error: unknown }>>();

  constructor(
    private readonly files: string[],
    private readonly ahead: number,
    private readonly pool: ParseWorkerPool | null,
  ) {}

  async take(i: number): Promise<ReadFile> {
    for (let j = i; j <= Math.min(i + this.ahead, this.files.length - 1); j++) {
      if (!this.started.has(j)) this.started.set(j, this.read(this.files[j]).then((ok) => ({ ok }), (error: unknown) => ({ error })));
    }
    const result = await this.started.get(i)!;
    this.started.delete(i);
    if ('error' in result) throw result.error;
    return result.ok;
  }

  private async read(file: string): Promise<ReadFile> {
    const doc = await readDocument(readFileBytes(file), { name: file, ocrPageLimit: ocrPageLimitFromEnv() });
    return { doc, prepared: this.pool ? await this.pool.prepare(doc.text) : null };
  }
}

function add(t: { loaded: number; again: number; notices: number; events: number; unparsed: number; warnings: number }, r: IngestReport) {
  if (r.loaded) t.loaded++;
  else t.again++;
  t.notices += r.notices;
  t.events += r.events;
  t.unparsed += r.unparsedLines;
  t.warnings += r.warnings.length;
}
