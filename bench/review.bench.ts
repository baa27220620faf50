import { performance } from 'perf_hooks';
import { createDataSource } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { CorrectionsService } from '../apps/api/src/corrections/corrections.service';
import { ReviewService } from '../apps/api/src/review/review.service';
import { today } from '../apps/api/src/web/today.util';
import { benchDatabase } from './bench-database.util';
import { generateGazette } from './gazette.generator';

/**
 * `npm run -s bench:review`: the review queue over a synthetic gazette of at least 100,000 events
 * (bench:corpus's generator, loaded through the real ingestion): every finding computed from the
 * data and the first page's sources read, as GraphQL `reviewItems(first: 50)` does, ROUNDS times
 * after one warm-up. Last line:
 *   RESULT events=<n> items=<n> review_ms_median=<n> review_ms_max=<n>
 */
const MIN_EVENTS = 100_000;
const ROUNDS = 5;

async function main(): Promise<void> {
  let bytes = 40e6;
  let gazette = generateGazette({ seed: 20231209, targetBytes: bytes });
  const count = (g: typeof gazette) => g.notices.reduce((n, x) => n + x.events.length, 0);
  while (count(gazette) < MIN_EVENTS) gazette = generateGazette({ seed: 20231209, targetBytes: (bytes *= 1.2) });
  const db = await benchDatabase('review');
  try {
    const ds = createDataSource({ url: db.url, statementTimeoutMs: 0 });
    await ds.initialize();
    process.stderr.write(`ingesting ${count(gazette)} events…\n`);
    const report = await new IngestionService(ds).ingest(gazette.text, 'bench.txt');
    await ds.query('ANALYZE');
    const review = new ReviewService(ds, new CorrectionsService(ds), () => today());
    const byKind = new Map<string, number>();
    for (const item of await review.all()) byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + 1);
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      // What reviewItems(first: 50) does: the whole queue, then the first page's quoted lines.
      const all = await review.all();
      await review.withSources(all.slice(0, 50));
      items = all.length;
      times.push(performance.now() - t);
    }
    await ds.destroy();
    times.sort((a, b) => a - b);
    console.log(`corpus: ${report.events} events in ${report.notices} notices`);
    console.log(`items by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(`review queue, ${ROUNDS} rounds after a warm-up: ${times.map((t) => t.toFixed(0)).join(' ')} ms`);
    console.log(`RESULT events=${report.events} items=${items} review_ms_median=${times[ROUNDS >> 1].toFixed(0)} review_ms_max=${times[ROUNDS - 1].toFixed(0)}`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  process.stderr.write(`bench:review failed: ${(e as Error).stack}\n`);
  process.exitCode = 1;
});
