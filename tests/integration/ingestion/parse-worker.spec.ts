import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { ParseWorkerPool, prepareText } from '@renmian/ingestion';
import { generateGazette } from '../../../bench/gazette.generator';
import { REPO_ROOT } from '../../support/shared-dir.util';

// The first text waits for the workers to start (TypeScript compiled in each thread).
jest.setTimeout(60_000);

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'notices');

describe('ParseWorkerPool', () => {
  it('gives, for every fixture and a gazette, exactly what parsing in this thread gives', async () => {
    const texts = ['ok', 'not-ok'].flatMap((d) =>
      readdirSync(join(FIXTURES, d))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(FIXTURES, d, f), 'utf8')),
    );
    texts.push(generateGazette({ seed: 5, targetBytes: 300_000 }).text);
    const pool = new ParseWorkerPool(2);
    try {
      const fromWorkers = await Promise.all(texts.map((t) => pool.prepare(t)));
      fromWorkers.forEach((prepared, i) => expect(prepared).toEqual(prepareText(texts[i])));
    } finally {
      await pool.close();
    }
  });

  it('refuses work once closed, and a pool of no workers', async () => {
    const pool = new ParseWorkerPool(1);
    await pool.close();
    await expect(pool.prepare('任命张三为青禾市财政局局长。')).rejects.toThrow('closed');
    expect(() => new ParseWorkerPool(0)).toThrow('at least one worker');
  });
});
