import { ParseResult, readNotices } from '@renmian/notice-parser';
import { nextTurn } from './next-turn.util';

/** Notices per batch handed to the writer: large enough that a statement's overhead is small. */
const BATCH_NOTICES = 1000;
/** Notices read between two turns of the event loop (a few milliseconds of parsing). */
const NOTICES_PER_TURN = 8;

/**
 * Reads a text's notices in this thread a few at a time, yielding to the event loop in between,
 * and hands them over in batches, in text order. While the server writes one batch, the replies
 * and the next statements go out between two turns of the parse: the parse of a long gazette
 * costs almost no wall time beside its writes (issue 13), and nothing crosses a thread.
 * Reading starts at once; `next` resolves with the next batch, or null after the last.
 */
export class ParseAhead {
  private readonly ready: ParseResult[] = [];
  private done = false;
  private stopped = false;
  private failure: unknown = null;
  private wake: (() => void) | null = null;

  constructor(
    text: string,
    private readonly batchNotices = BATCH_NOTICES,
  ) {
    void this.produce(text);
  }

  async next(): Promise<ParseResult | null> {
    for (;;) {
      const batch = this.ready.shift();
      if (batch) return batch;
      if (this.failure !== null) throw this.failure;
      if (this.done) return null;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Stops reading (the load ended early, or failed): the rest of the text is not parsed. */
  stop(): void {
    this.stopped = true;
  }

  private async produce(text: string): Promise<void> {
    try {
      let batch = emptyBatch();
      let sinceTurn = 0;
      for (const part of readNotices(text)) {
        if (this.stopped) return;
        for (const n of part.notices) batch.notices.push(n);
        for (const u of part.unparsed) batch.unparsed.push(u);
        if (batch.notices.length >= this.batchNotices) {
          this.hand(batch);
          batch = emptyBatch();
        }
        if (++sinceTurn === NOTICES_PER_TURN) {
          sinceTurn = 0;
          await nextTurn();
        }
      }
      if (batch.notices.length > 0 || batch.unparsed.length > 0) this.hand(batch);
    } catch (e) {
      this.failure = e;
    } finally {
      this.done = true;
      this.signal();
    }
  }

  private hand(batch: ParseResult): void {
    this.ready.push(batch);
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/** Batches of an already parsed text (parsed in a worker): the same writer, no parsing here. */
export class ParsedBatches {
  private given = false;

  constructor(private readonly parsed: ParseResult) {}

  async next(): Promise<ParseResult | null> {
    if (this.given) return null;
    this.given = true;
    return this.parsed;
  }

  stop(): void {
    this.given = true;
  }
}

export type NoticeBatches = Pick<ParseAhead, 'next' | 'stop'>;

function emptyBatch(): ParseResult {
  return { notices: [], unparsed: [] };
}
