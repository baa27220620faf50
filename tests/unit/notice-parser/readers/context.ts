import { newReaderContext } from '@renmian/notice-parser/readers/reader.types';
import type { ReaderContext } from '@renmian/notice-parser/readers/reader.types';

/** A reader context: no block header, no decision announced, nobody read yet, unless overridden. */
export const context = (over: Partial<ReaderContext> = {}): ReaderContext => newReaderContext(over);
