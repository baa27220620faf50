import type { ReaderContext } from '@renmian/notice-parser/readers/reader.types';

/** A reader context: no block header, no decision announced, nobody read yet, unless overridden. */
export const context = (over: Partial<ReaderContext> = {}): ReaderContext => ({
  mode: null,
  decided: false,
  lastPersons: [],
  pendingPersons: [],
  rosterPost: null,
  lastPost: null,
  lastPiece: null,
  lastAccepted: false,
  prose: false,
  setAside: null,
  ...over,
});
