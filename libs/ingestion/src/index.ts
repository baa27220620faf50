export { IngestDocument } from './ingest-document';
export { IngestInputError, IngestReport } from './ingest-report';
export { IngestionService } from './ingestion.service';
export { refreshTenures } from './tenure-refresh';
export { PersonName, ensurePeople, ensurePosts, personKey } from './directory.writer';
export { PreparedText, prepareText } from './prepared-text';
export { ParseWorkerPool } from './parse-worker.pool';
