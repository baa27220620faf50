export * from './notice.types';
export { parseNotices } from './parse-notices';
export { foldScript, foldTable } from './text/script-fold.util';
