import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { ENTITIES } from './entities';

export interface DataSourceOptions {
  url: string;
  /** Milliseconds a statement may run before PostgreSQL cancels it. */
  statementTimeoutMs?: number;
  poolSize?: number;
}

/** The schema comes only from migrations/: TypeORM never synchronises it. */
export function dataSourceOptions(options: DataSourceOptions): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      statement_timeout: options.statementTimeoutMs ?? 15_000,
    },
  };
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
