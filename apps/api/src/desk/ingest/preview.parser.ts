import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ParseWorkerPool, PreparedText, prepareText } from '@renmian/ingestion';

/**
 * Reads a text for a preview without holding up other users: a long text (a gazette, a hostile
 * line of thousands of decisions) is parsed in a worker thread, so the service's event loop keeps
 * answering while it is read. A short one is read here — starting a thread would cost more than
 * the reading.
 */
@Injectable()
export class PreviewParser implements OnModuleDestroy {
  private pool: ParseWorkerPool | null = null;

  async prepare(text: string): Promise<PreparedText> {
    if (text.length <= READ_IN_PLACE) return prepareText(text);
    this.pool ??= new ParseWorkerPool(1);
    return this.pool.prepare(text);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}

/** Characters a preview reads in this thread (about 10 ms of parsing). */
const READ_IN_PLACE = 100_000;
