import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@renmian/database';
import { DirectoryModule } from './directory/directory.module';
import { formatErrors } from './graphql/error.formatter';
import { PostFieldsResolver } from './graphql/field-resolvers';
import { Loaders } from './graphql/loaders';
import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { HoldingsModule } from './holdings/holdings.module';
import { IngestModule } from './ingest/ingest.module';
import { NoticesModule } from './notices/notices.module';

export interface AppOptions {
  databaseUrl: string;
}

/** The GraphQL service: each feature folder is a module; this one wires them to the database. */
@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions({ url: options.databaseUrl })),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [DataSource],
          useFactory: (ds: DataSource) => ({
            autoSchemaFile: true,
            sortSchema: true,
            graphiql: true,
            path: '/graphql',
            context: () => ({ loaders: new Loaders(ds) }),
            errorFormatter: formatErrors,
          }),
        }),
        HoldingsModule,
        HistoryModule,
        NoticesModule,
        DirectoryModule,
        IngestModule,
        HealthModule,
      ],
      providers: [PostFieldsResolver],
    };
  }
}
