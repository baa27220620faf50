export * from './notice.types';
export { parseNotices } from './parse-notices';
