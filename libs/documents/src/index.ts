export { DocumentError, DocumentErrorCode } from './document.error';
export { DocumentKind, ReadDocument, ReadOptions } from './document.types';
export { readDocument } from './read-document';
export { firstInvalidUtf8 } from './utf8.util';
