export { MIGRATIONS_DIR, loadMigrations, migrate, migrateDown } from './migration-runner';
export { EmbeddedDatabase, freePort, startEmbeddedDatabase } from './embedded-database';
export { createDatabase, dropDatabase, onServer, withDatabaseName } from './database-admin';
export { DataSourceOptions, createDataSource, dataSourceOptions, returnedRows } from './data-source';
export { DateRange, parseDateRange } from './daterange.util';
export * from './entities';
export { BootstrapOptions, OpenDatabase, openDatabase } from './database-bootstrap';
export { prepared, readRows } from './read-rows.util';
