import { parentPort } from 'worker_threads';
import { prepareText } from './prepared-text';

/**
 * A parse worker's thread (started by ParseWorkerPool): reads texts, answers what prepareText
 * gives for each. A failure is sent back as a message, so that the pool can reject that one text
 * and keep the worker.
 */
parentPort?.on('message', (task: { id: number; text: string }) => {
  try {
    parentPort!.postMessage({ id: task.id, prepared: prepareText(task.text) });
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
