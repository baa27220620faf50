/**
 * Read your own writes: the primary's WAL position after each write, by the credential (an API key
 * or a desk session, as a fingerprint) that made it. Until a standby has replayed that position,
 * reads with the same credential go to the primary. Kept in the process: with several instances
 * behind a balancer, a credential's requests must reach the same instance (or the fence must travel
 * with the client) for this to hold.
 */
export class WriteFences {
  private readonly fences = new Map<string, bigint>();

  constructor(private readonly maxEntries = 100_000) {}

  record(credentials: readonly string[], lsn: bigint): void {
    for (const c of credentials) {
      const before = this.fences.get(c);
      this.fences.delete(c);
      this.fences.set(c, before !== undefined && before > lsn ? before : lsn);
    }
    // Oldest first in a Map: the oldest fences are the likeliest to have been replayed long ago.
    while (this.fences.size > this.maxEntries) this.fences.delete(this.fences.keys().next().value as string);
  }

  /** The highest fence among the request's credentials, or null when none wrote lately. */
  fenceFor(credentials: readonly string[]): bigint | null {
    let max: bigint | null = null;
    for (const c of credentials) {
      const lsn = this.fences.get(c);
      if (lsn !== undefined && (max === null || lsn > max)) max = lsn;
    }
    return max;
  }

  /** Forgets the fences every standby that could serve has passed. */
  prune(replayed: (lsn: bigint) => boolean): void {
    for (const [c, lsn] of this.fences) if (replayed(lsn)) this.fences.delete(c);
  }

  get size(): number {
    return this.fences.size;
  }
}
