export { IngestDocument } from './ingest-document';
export { IngestInputError, IngestReport } from './ingest-report';
export { IngestionService } from './ingestion.service';
export { refreshTenures } from './tenure-refresh';
export { PersonName, ensurePeople, ensurePosts, personKey } from './directory.writer';
export { PreparedText, prepareText } from './prepared-text';
export { ParseWorkerPool } from './parse-worker.pool';
export { KnownNotice, Queryable, knownNotices } from './notice.writer';
export { UNKNOWN_ISSUER } from './event.writer';
