export { DocumentError, DocumentErrorCode } from './document.error';
export { DEFAULT_READ_LIMITS, DocumentKind, ReadDocument, ReadLimits, ReadOptions } from './document.types';
export { readDocument } from './read-document';
export { firstInvalidUtf8 } from './utf8.util';
