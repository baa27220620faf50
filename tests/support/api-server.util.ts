import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ApiKeyStore, Role } from '@renmian/access';
import { AppModule } from '../../apps/api/src/app.module';
import { NEST_OPTIONS, configureApp, httpAdapter } from '../../apps/api/src/app.setup';
import { freshDatabase } from './test-database.util';

/**
 * The real service on a real port over a fresh database: end-to-end tests talk HTTP to it, as a
 * personnel office's client would.
 */
export interface ApiServer {
  url: string;
  /** The name of the server's own database (for tests that act on the database itself). */
  databaseName: string;
  /** Sends a query, with `key` as the bearer token when given. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GqlResponse<T>>;
  /** A new API key with this role (named after the role and a counter). */
  key(role: Role, name?: string): Promise<string>;
  /** An editor key made once per server, for tests that only need to load data. */
  editorKey(): Promise<string>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function startApiServer(options: { requireAuthForReads?: boolean; rateLimitPerMinute?: number } = {}): Promise<ApiServer> {
  const db = await freshDatabase();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ databaseUrl: db.url, requireAuthForReads: options.requireAuthForReads })],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(httpAdapter(), { ...NEST_OPTIONS, logger: false });
  configureApp(app, { rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000 });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const keys = new ApiKeyStore(app.get(DataSource));
  let counter = 0;
  let editor: Promise<string> | null = null;
  const key = async (role: Role, name?: string) => (await keys.create(name ?? `${role}-${++counter}`, role)).key;
  return {
    url,
    databaseName: new URL(db.url).pathname.slice(1),
    async gql<T>(query: string, variables?: Record<string, unknown>, bearer?: string): Promise<GqlResponse<T>> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (bearer !== undefined) headers.authorization = `Bearer ${bearer}`;
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, ...((await res.json()) as object) };
    },
    key,
    editorKey: () => (editor ??= key('editor', 'test-editor')),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
