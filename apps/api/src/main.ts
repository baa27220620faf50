import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { openDatabase, replicaOptionsFromEnv } from '@renmian/database';
import { IngestionService } from '@renmian/ingestion';
import { AppModule } from './app.module';
import { NEST_OPTIONS, configureApp, httpAdapter } from './app.setup';
import { deskOptionsFromEnv } from './identity/desk.config';
import { loadSamplesIfEmpty } from './sample-data';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Renmian');
  // Settings are checked before anything starts: a wrong one stops the service with its name.
  const desk = deskOptionsFromEnv(process.env);
  const replicas = replicaOptionsFromEnv(process.env);
  const db = await openDatabase({ log: (m) => logger.log(m) });
  if (replicas) logger.log(`reading from ${replicas.urls.length} replica(s), checked every ${replicas.checkIntervalMs} ms`);
  if (db.migrated.length > 0) logger.log(`applied migrations ${db.migrated.join(', ')}`);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ databaseUrl: db.url, requireAuthForReads: process.env.REQUIRE_AUTH_FOR_READS === 'true', desk, replicas }),
    httpAdapter(),
    NEST_OPTIONS,
  );
  configureApp(app, { rateLimitPerMinute: Number(process.env.RATE_LIMIT_PER_MINUTE ?? 600) });
  await loadSamplesIfEmpty(app.get(DataSource), app.get(IngestionService), logger, db);
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  await app.listen(port, host);
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  logger.log(`web page at ${base}/ — GraphQL with GraphiQL at ${base}/graphql`);
  // Our own signal handling closes the app once (Nest's shutdown hooks would close it a second
  // time and end the database pool twice), then stops an embedded PostgreSQL.
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

bootstrap().catch((err) => {
  new Logger('Renmian').error(`could not start: ${(err as Error).message}`, (err as Error).stack);
  process.exit(1);
});
