import { join } from 'path';
import { Worker } from 'worker_threads';
import type { PreparedText } from './prepared-text';

interface Task {
  id: number;
  text: string;
  resolve: (p: PreparedText) => void;
  reject: (e: Error) => void;
}

type Reply = { id: number; prepared: PreparedText } | { id: number; error: string };

/**
 * Parses texts in `size` worker threads, so that parsing the next documents runs on another core
 * while this thread writes the current one. Each text goes to the first idle worker; answers come
 * back in any order, each to its own promise.
 */
export class ParseWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a parse pool needs at least one worker, not ${size}`);
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  prepare(text: string): Promise<PreparedText> {
    if (this.closed) return Promise.reject(new Error('the parse pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the parse pool is closed'));
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage({ id: task.id, text: task.text });
    }
  }

  private start(): Worker {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: workerEntry() });
    worker.on('message', (reply: Reply) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (task) {
        if ('error' in reply) task.reject(new Error(`parse worker: ${reply.error}`));
        else task.resolve(reply.prepared);
      }
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in the parser) takes its text with it: that text
    // is refused, not retried, and a new worker takes the dead one's place. One that dies before
    // any text reached it is not replaced (it would die again the same way); with none left, the
    // texts still waiting are refused rather than left waiting for ever.
    worker.on('error', (e) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const idleAt = this.idle.indexOf(worker);
      if (idleAt >= 0) this.idle.splice(idleAt, 1);
      task?.reject(e);
      if (task && !this.closed) this.idle.push(this.start());
      if (this.idle.length + this.busy.size === 0) for (const waiting of this.queue.splice(0)) waiting.reject(e);
      this.dispatch();
    });
    return worker;
  }
}

/**
 * The worker is started from source when this process runs TypeScript (the CLI under
 * @swc-node/register, Jest): the thread then registers the same compiler before loading it.
 */
const BOOTSTRAP = `
const { workerData } = require('worker_threads');
if (workerData.register) require(workerData.register);
require(workerData.entry);
`;

function workerEntry(): { entry: string; register: string | null } {
  const fromSource = __filename.endsWith('.ts');
  return {
    entry: join(__dirname, fromSource ? 'parse.worker.ts' : 'parse.worker.js'),
    register: fromSource ? require.resolve('@swc-node/register') : null,
  };
}
