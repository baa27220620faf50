import { AsyncLocalStorage } from 'async_hooks';
import type { Replica } from './replica-set';

/**
 * What one request may read from. The service's readers take the DataSource by injection and run
 * plain SQL; they do not know about replicas. The request decides, once, at its start: a write
 * (a mutation, a form sent) reads and writes on the primary; a read goes to a standby that has
 * replayed the asker's own last write. Statements run outside any scope (start-up, the command
 * line, tests that use the DataSource directly) go to the primary.
 */
export class ReadScope {
  /** The request writes: everything it reads is read on the primary. */
  write: boolean;
  /** The asker's last write; a standby must have replayed it to serve this request. */
  minLsn: bigint | null;
  /** Credentials the request presented (fingerprints), to fence after it writes. */
  readonly credentials: string[];
  /** The standby this request reads from, kept for all its statements while it answers. */
  replica: Replica | null = null;
  /** Standbys that failed during this request: not asked again by it. */
  readonly failed = new Set<Replica>();
  /** The largest lag of any standby that answered a statement of this request, in ms. */
  servedLagMs: number | null = null;

  constructor(init: { write?: boolean; minLsn?: bigint | null; credentials?: string[] } = {}) {
    this.write = init.write ?? false;
    this.minLsn = init.minLsn ?? null;
    this.credentials = init.credentials ?? [];
  }

  noteServed(replica: Replica): void {
    const lag = replica.lagMs ?? 0;
    this.servedLagMs = this.servedLagMs === null ? lag : Math.max(this.servedLagMs, lag);
  }
}

const storage = new AsyncLocalStorage<ReadScope>();

export function currentReadScope(): ReadScope | undefined {
  return storage.getStore();
}

export function runInReadScope<T>(scope: ReadScope, work: () => T): T {
  return storage.run(scope, work);
}

const PRIMARY = new ReadScope({ write: true });

/**
 * Work that must see the primary even inside a read request: credentials (a revoked key stops at
 * once, not after the standby replays the revocation) and the few writes a page makes (a desk
 * session's last use).
 */
export function onPrimary<T>(work: () => T): T {
  return storage.run(PRIMARY, work);
}
