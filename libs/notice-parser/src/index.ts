export * from './notice.types';
export { parseNotices, readNotices } from './parse-notices';
export { foldScript, foldTable } from './text/script-fold.util';
