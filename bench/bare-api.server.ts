import Fastify from 'fastify';
import { Pool } from 'pg';
import { prepared } from '@renmian/database';
import type { TenureRow } from '../apps/api/src/holdings/holdings.service';
import { HOLDERS_SQL, Question } from './api-question.util';

/**
 * The ceiling for bench:api: Fastify and a pg Pool, nothing else. POST /holders {organization,
 * asOf} runs the statement the service runs for that question (HOLDERS_SQL, from the service's
 * own code) and answers in the service's JSON. No GraphQL, no validation beyond the date's shape,
 * no limits: what any API over this schema would at least have to do. Prepared, as the service
 * prepares it (readRows), so that both ask PostgreSQL for the same work. Run as its own process
 * (PORT, DATABASE_URL) by api.bench.ts.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function answer(pool: Pool, q: Question): Promise<unknown> {
  const { rows } = await pool.query<TenureRow>(prepared(HOLDERS_SQL, [q.organization, q.asOf]));
  const holders = rows.map((r) => ({ person: { name: r.person_name }, post: { title: r.post_title }, start: r.start_on, end: r.end_on }));
  return { data: { holders } };
}

async function main(): Promise<void> {
  // The same pool size as the service's (dataSourceOptions: 10).
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const app = Fastify();
  app.post<{ Body: Question }>('/holders', async (request, reply) => {
    const q = request.body;
    if (typeof q?.organization !== 'string' || typeof q.asOf !== 'string' || !DATE.test(q.asOf)) {
      return reply.code(400).send({ errors: [{ message: 'organization and asOf (yyyy-mm-dd) are required' }] });
    }
    return answer(pool, q);
  });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.once('SIGTERM', () => {
    void app.close().then(() => pool.end()).then(() => process.exit(0));
  });
}

main().catch((e) => {
  process.stderr.write(`bare server: ${(e as Error).stack}\n`);
  process.exit(1);
});
