import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IngestionService } from '@renmian/ingestion';
import { IngestResolver } from './ingest.resolver';

/** Adapts the framework-free ingestion service to Nest's injector. */
@Module({
  providers: [{ provide: IngestionService, useFactory: (ds: DataSource) => new IngestionService(ds), inject: [DataSource] }, IngestResolver],
  exports: [IngestionService],
})
export class IngestModule {}
