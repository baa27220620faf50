import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ApiKeyStore } from '@renmian/access';
import { ReplicaOptions, ReplicaSet, RoutedDataSource, dataSourceOptions } from '@renmian/database';
import { ACCESS_OPTIONS, AccessGuard } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CorrectionsModule } from './corrections/corrections.module';
import { DeskModule } from './desk/desk.module';
import { DeskOptions, deskOptionsFromEnv } from './identity/desk.config';
import { IdentityModule } from './identity/identity.module';
import { RequestAuth } from './identity/request-auth';
import { DirectoryModule } from './directory/directory.module';
import { ExportsModule } from './exports/exports.module';
import { formatErrors } from './graphql/error.formatter';
import { MAX_TOKENS, checkDocument, checkSource } from './graphql/document-limits';
import { MAX_QUERY_DEPTH, checkCost } from './graphql/query-limits';
import { queryShapeRule } from './graphql/query-shape.rule';
import { PostFieldsResolver } from './graphql/field-resolvers';
import { GraphQLContext, Loaders } from './graphql/loaders';
import { GraphiqlModule } from './graphiql/graphiql.module';
import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { HoldingsModule } from './holdings/holdings.module';
import { IngestModule } from './ingest/ingest.module';
import { NoticesModule } from './notices/notices.module';
import { ReviewModule } from './review/review.module';
import { markGraphQLWrite, replicaExtensions } from './replicas/replica-routing.setup';
import { VacanciesModule } from './vacancies/vacancies.module';
import { WebModule } from './web/web.module';

export interface AppOptions {
  databaseUrl: string;
  /** REQUIRE_AUTH_FOR_READS: reads need a reader key too. */
  requireAuthForReads?: boolean;
  /** Sessions of the web desk; read from the environment (DESK_*, TRUST_PROXY_PROTO) when not given. */
  desk?: DeskOptions;
  /** Standbys to read from (DATABASE_REPLICA_URLS); none: everything on the primary. */
  replicas?: ReplicaOptions | null;
}

/**
 * The service: GraphQL, the web page, the probation calendar and exports. Each feature folder is a
 * module; this one wires them to the database.
 */
@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions({ url: options.databaseUrl }),
          dataSourceFactory: async (dsOptions) => openDataSource(dsOptions!, options.replicas ?? null),
        }),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [DataSource],
          useFactory: (ds: DataSource) => {
            const keys = new ApiKeyStore(ds);
            return {
              autoSchemaFile: true,
              sortSchema: true,
              // GraphiQL is served by GraphiqlModule from our own packages: Mercurius's loads a CDN.
              graphiql: false,
              path: '/graphql',
              context: (request: FastifyRequest): GraphQLContext => ({
                loaders: new Loaders(ds),
                auth: new RequestAuth(keys, request.headers.authorization),
              }),
              errorFormatter: formatErrors,
              // Depth checked by our own rule, not Mercurius's queryDepth: that one counted the
              // standard introspection query (15 levels of ofType) as deep data and refused every
              // client tool's first request.
              validationRules: [queryShapeRule(MAX_QUERY_DEPTH)],
              // graphql-js parses and validates by recursion: the text's size and nesting are
              // checked before it parses (preParsing), the parser stops after MAX_TOKENS, and the
              // document's size is counted before the validation rules run (preValidation).
              graphql: { parseOptions: { maxTokens: MAX_TOKENS } },
              // A query seen before runs compiled (graphql-jit; Mercurius caches it with the parsed
              // query): in a CPU profile of 20 s of holders requests graphql-js's execution took
              // 2.8 s, the compiled query 1.0 s. Limits are checked before either runs.
              jit: 1,
              hooks: {
                preParsing: async (_schema, source) => checkSource(source),
                preValidation: async (_schema, document) => checkDocument(document),
                preExecution: async (schema, document, _context, variables) => {
                  checkCost(schema, document, variables);
                  markGraphQLWrite(document);
                },
                onResolution: async (execution) => replicaExtensions(execution),
              },
            };
          },
        }),
        HoldingsModule,
        VacanciesModule,
        HistoryModule,
        NoticesModule,
        DirectoryModule,
        IngestModule,
        HealthModule,
        GraphiqlModule,
        CorrectionsModule,
        ReviewModule,
        AuthModule,
        IdentityModule.forRoot(options.desk ?? deskOptionsFromEnv()),
        DeskModule,
        WebModule,
        CalendarModule,
        ExportsModule,
      ],
      providers: [
        PostFieldsResolver,
        { provide: ACCESS_OPTIONS, useValue: { requireAuthForReads: options.requireAuthForReads ?? false } },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}

/** The DataSource every module shares: TypeORM's, routing reads to the standbys when there are any. */
async function openDataSource(dsOptions: DataSourceOptions, replicas: ReplicaOptions | null): Promise<DataSource> {
  const ds = new RoutedDataSource(dsOptions);
  await ds.initialize();
  if (replicas) {
    const set = new ReplicaSet(replicas);
    ds.useReplicas(set);
    await set.start();
  }
  return ds;
}
