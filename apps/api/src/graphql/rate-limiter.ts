import { createHash } from 'crypto';

/**
 * A token bucket per client (see RequestBudgets): `perMinute` requests a minute on
 * average, with bursts up to the same number. In memory: one process's view, which is what a
 * single instance needs; several instances would each allow as much.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(private readonly perMinute: number) {}

  /** Seconds to wait before the next request is allowed, or 0 when this one may go ahead. */
  take(key: string, now = Date.now()): number {
    this.sweep(now);
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / rate / 1000);
  }

  /** Forgets full buckets now and then, so that memory follows the number of active clients. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) * (this.perMinute / 60_000) >= this.perMinute) this.buckets.delete(key);
  }
}

/** A key's fingerprint: what the limiter keeps, never the key itself. */
function fingerprint(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The key of `Authorization: Bearer <key>`, or null for no header or another scheme. */
function bearerKey(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec((authorization ?? '').trim());
  return m ? m[1] : null;
}

/**
 * Which budget a request counts against: its key's, once that key has been seen to be real, else
 * its address's. A budget per header value, given before the key is checked, let every made-up
 * `Authorization: Bearer <random>` open a fresh allowance. A key not yet known costs its address
 * one request and is looked up; a real one gets its own budget from then on. Junk keys cost at
 * most twice the address's rate in look-ups.
 */
export class RequestBudgets {
  /** Fingerprints of real keys, with when to look them up again (a revoked key then loses its budget). */
  private readonly known = new Map<string, number>();

  constructor(
    private readonly limiter: RateLimiter,
    private readonly isKey: (key: string) => Promise<boolean>,
    private readonly rememberMs = 5 * 60_000,
    private readonly maxKnown = 10_000,
  ) {}

  /** Seconds to wait before the next request is allowed, or 0 when this one may go ahead. */
  async take(authorization: string | undefined, address: string, now = Date.now()): Promise<number> {
    const key = bearerKey(authorization);
    if (key === null) return this.limiter.take(`ip:${address}`, now);
    const id = fingerprint(key);
    const until = this.known.get(id);
    if (until !== undefined && until > now) return this.limiter.take(`key:${id}`, now);
    const wait = this.limiter.take(`ip:${address}`, now);
    // Once the address is spent (junk keys from a shared address, say), a real key is still looked
    // up, within a budget of look-ups of the address's own: junk cannot make each request a query.
    if (wait > 0 && this.limiter.take(`lookup:${address}`, now) > 0) return wait;
    if (!(await this.isKey(key).catch(() => false))) return wait;
    this.remember(id, now);
    return wait === 0 ? 0 : this.limiter.take(`key:${id}`, now);
  }

  private remember(id: string, now: number): void {
    if (this.known.size >= this.maxKnown) {
      for (const [known, until] of this.known) if (until <= now) this.known.delete(known);
      // Still full of live keys: the longest known makes room (a Map keeps insertion order).
      if (this.known.size >= this.maxKnown) this.known.delete(this.known.keys().next().value!);
    }
    this.known.delete(id);
    this.known.set(id, now + this.rememberMs);
  }
}
