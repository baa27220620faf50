import { DocumentError, documentErrorFrom } from './document.error';
import type { ReadDocument, ReadOptions } from './document.types';
import { beyondMemoryOrTime } from './limit-errors.util';
import { readLimits } from './read-in-thread';
import { ReaderPool, WorkerReply } from './reader-pool.util';

/** How often the process's resident memory is looked at while a worker reads. */
const MEMORY_CHECK_MS = 100;

const pool = new ReaderPool();

/** What the programs a reader starts (pdftoppm, Tesseract) take from the environment. */
const TOOL_ENV = ['PATH', 'TESSDATA_PREFIX', 'OMP_THREAD_LIMIT'] as const;

/**
 * The caller's values of TOOL_ENV, sent with each document: a kept worker would otherwise go on
 * with the environment it was made in, and a host may give this code its own process.env (Jest does).
 */
function toolEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(TOOL_ENV.map((k) => [k, process.env[k]]));
}
let nextId = 1;

/**
 * A document as text for the notice parser (see readDocumentInThread), read in a worker thread, as
 * document servers fork their parsers: a heap limit, a stall timer (no step finished in `stallMs`)
 * and a watch on the process's resident memory (inflated buffers live outside the heap) end a read
 * that gets past the readers' own checks, with a TOO_LARGE refusal, and the service goes on.
 */
export function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  const limits = readLimits(options);
  const id = nextId++;
  const worker = pool.take(limits.workerHeapMb);
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (keep: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      clearInterval(memory);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) pool.give(worker, limits.workerHeapMb);
      else void worker.terminate();
      outcome();
    };
    const stop = (what: 'memory' | 'time', detail: string) => finish(false, () => reject(beyondMemoryOrTime(options.name, what, detail)));
    const stalled = () => stop('time', `no step finished in ${limits.stallMs} ms`);
    let stall = setTimeout(stalled, limits.stallMs);
    const rssAtStart = process.memoryUsage.rss();
    const memory = setInterval(() => {
      const gained = (process.memoryUsage.rss() - rssAtStart) / 1048576;
      if (gained > limits.memoryGrowthMb) stop('memory', `process resident memory grew ${Math.round(gained)} MB, more than ${limits.memoryGrowthMb} MB`);
    }, MEMORY_CHECK_MS);
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      switch (reply.type) {
        case 'progress':
          clearTimeout(stall);
          stall = setTimeout(stalled, limits.stallMs);
          return;
        case 'done':
          return finish(true, () => resolve(reply.doc));
        case 'refused':
          return finish(true, () => reject(documentErrorFrom(reply.error)));
        case 'failed':
          // A reader's own bug or a library's unforeseen throw: the document is what set it off.
          return finish(false, () => reject(readerFailed(options.name, reply.message)));
      }
    };
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return stop('memory', `the reading worker's heap passed ${limits.workerHeapMb} MB: ${e.message}`);
      finish(false, () => reject(readerFailed(options.name, e.stack ?? e.message)));
    };
    const onExit = (code: number) => finish(false, () => reject(readerFailed(options.name, `the reading worker stopped (exit code ${code}) before it finished`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ id, bytes, options, env: toolEnvironment() });
  });
}

function readerFailed(name: string, detail: string): DocumentError {
  return new DocumentError('UNREADABLE', name, 'the reader failed on it (the details are in the log): check that it opens in a viewer, and save it again', {
    zh: '读取文件时出错，文件可能已损坏：请确认文件能正常打开，重新保存后再上传',
    detail,
  });
}
