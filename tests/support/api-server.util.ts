import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { BODY_LIMIT_BYTES, configureApp } from '../../apps/api/src/app.setup';
import { freshDatabase } from './test-database.util';

/**
 * The real service on a real port over a fresh database: end-to-end tests talk HTTP to it, as a
 * personnel office's client would.
 */
export interface ApiServer {
  url: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function startApiServer(): Promise<ApiServer> {
  const db = await freshDatabase();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ databaseUrl: db.url })] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES }), { logger: false });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    url,
    async gql<T>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
      const res = await fetch(`${url.replace('[::1]', '127.0.0.1')}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
