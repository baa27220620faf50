export * from './notice.types';
export { parseNotices } from './parse-notices';
export { foldScript } from './text/script-fold.util';
