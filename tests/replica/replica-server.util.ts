import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ApiKeyStore, Role } from '@renmian/access';
import { AppModule } from '../../apps/api/src/app.module';
import { NEST_OPTIONS, configureApp, httpAdapter } from '../../apps/api/src/app.setup';

/** The service as deployed with one read replica: primary at `primaryUrl`, the standby at `replicaUrl`. */
export interface ReplicaServer {
  url: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GqlReply<T>>;
  key(role: Role, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface GqlReply<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { replicaLagMs?: number };
}

export async function startReplicaServer(primaryUrl: string, replicaUrl: string): Promise<ReplicaServer> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ databaseUrl: primaryUrl, replicas: { urls: [replicaUrl], checkIntervalMs: 250, maxLagMs: 60_000 } })],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(httpAdapter(), { ...NEST_OPTIONS, logger: false });
  configureApp(app, { rateLimitPerMinute: 1_000_000 });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const keys = new ApiKeyStore(app.get(DataSource));
  return {
    url,
    async gql<T>(query: string, variables?: Record<string, unknown>, bearer?: string): Promise<GqlReply<T>> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (bearer !== undefined) headers.authorization = `Bearer ${bearer}`;
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, ...((await res.json()) as object) };
    },
    key: async (role, name) => (await keys.create(name, role)).key,
    close: () => app.close(),
  };
}
