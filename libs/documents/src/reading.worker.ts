import { parentPort } from 'worker_threads';
import { DocumentError, documentErrorData } from './document.error';
import type { ReadOptions } from './document.types';
import { readDocumentInThread } from './read-in-thread';
import type { WorkerReply, WorkerRequest } from './reader-pool.util';

/**
 * A reading worker: reads each document it is sent, one at a time, and says how it went. It posts
 * `progress` after each step (a page, a part) so that the caller's stall timer measures a step,
 * not the whole read.
 */
const port = parentPort!;
const post = (reply: WorkerReply) => port.postMessage(reply);

port.on('message', ({ id, bytes, options, env }: WorkerRequest & { options: ReadOptions }) => {
  // A worker's process.env is its own copy: setting it here touches no other thread.
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  readDocumentInThread(bytes, options, () => post({ id, type: 'progress' })).then(
    (doc) => post({ id, type: 'done', doc }),
    (e: unknown) => {
      if (e instanceof DocumentError) post({ id, type: 'refused', error: documentErrorData(e) });
      else post({ id, type: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    },
  );
});
