import '../promise-with-resolvers.shim';
import Fastify from 'fastify';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/fastify/v5';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/**
 * The off-the-shelf alternative for bench:api: PostGraphile 5 with its recommended (Amber) preset
 * over the benchmark's database, mounted on Fastify like ours. It serves bench_holders (created by
 * api.bench.ts in that database only) as `benchHolders`, and resolves person and post through the
 * foreign keys — which Grafast plans into the same SQL statement. Run as its own process (PORT,
 * DATABASE_URL).
 */
async function main(): Promise<void> {
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    // The same pool size as the service's (dataSourceOptions: 10).
    pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
    // Production settings: no GraphiQL, no schema watching, no explain output.
    grafserv: { graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const app = Fastify();
  await serv.addTo(app);
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => pgl.release())
      .then(() => process.exit(0));
  });
}

main().catch((e) => {
  process.stderr.write(`postgraphile server: ${(e as Error).stack}\n`);
  process.exit(1);
});
