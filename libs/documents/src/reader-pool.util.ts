import { extname, join } from 'path';
import { Worker } from 'worker_threads';
import type { DocumentErrorData } from './document.error';
import type { ReadDocument, ReadOptions } from './document.types';

export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  options: ReadOptions;
  /** Environment variables to set in the worker (undefined: unset) before reading. */
  env: Record<string, string | undefined>;
}

export type WorkerReply = { id: number } & (
  | { type: 'progress' }
  | { type: 'done'; doc: ReadDocument }
  | { type: 'refused'; error: DocumentErrorData }
  | { type: 'failed'; message: string }
);

/** Idle workers kept for the next document; more at once are made and ended as needed. */
const MAX_IDLE = 2;
/** An idle worker is ended after this long, so that a quiet service holds no reader's memory. */
const IDLE_MS = 15_000;

/**
 * Reading workers, kept between documents: a new worker costs about half a second here (it loads
 * the readers, mammoth and pdfjs, compiled from TypeScript when run from source), several times
 * the read of a usual notice. A worker that finished a read, or refused a document by its own
 * checks, is kept; one that was stopped (out of memory, stalled) or failed is ended and never
 * reused. Idle workers do not keep the process alive.
 */
export class ReaderPool {
  private readonly idle: { worker: Worker; heapMb: number; timer: NodeJS.Timeout }[] = [];

  take(heapMb: number): Worker {
    const i = this.idle.findIndex((w) => w.heapMb === heapMb);
    if (i >= 0) {
      const [kept] = this.idle.splice(i, 1);
      clearTimeout(kept.timer);
      kept.worker.ref();
      return kept.worker;
    }
    const worker = new Worker(WORKER_FILE, {
      execArgv: WORKER_EXEC_ARGV,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    // An idle worker that dies (it should not) leaves the pool.
    worker.on('exit', () => this.forget(worker));
    worker.on('error', () => this.forget(worker));
    return worker;
  }

  give(worker: Worker, heapMb: number): void {
    if (this.idle.length >= MAX_IDLE) {
      void worker.terminate();
      return;
    }
    worker.unref();
    const timer = setTimeout(() => {
      this.forget(worker);
      void worker.terminate();
    }, IDLE_MS);
    timer.unref();
    this.idle.push({ worker, heapMb, timer });
  }

  private forget(worker: Worker): void {
    const i = this.idle.findIndex((w) => w.worker === worker);
    if (i >= 0) clearTimeout(this.idle.splice(i, 1)[0].timer);
  }
}

/**
 * The worker's file beside this one: compiled JavaScript in a build, TypeScript where this runs
 * from source (`npm start`, the CLI and Jest load it through @swc-node/register, as they do the rest).
 */
const WORKER_FILE = join(__dirname, `reading.worker${extname(__filename)}`);
// Resolved here, so that a process started from another directory still finds the compiler.
const WORKER_EXEC_ARGV = extname(__filename) === '.ts' ? ['--require', require.resolve('@swc-node/register')] : [];
