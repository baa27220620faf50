import { createHash } from 'crypto';

/**
 * A token bucket per API key (or, without one, per address): `perMinute` requests a minute on
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

/** The client a request counts against: its key (hashed, never kept in clear) or its address. */
export function clientKey(authorization: string | undefined, address: string): string {
  if (authorization) return `key:${createHash('sha256').update(authorization).digest('hex').slice(0, 32)}`;
  return `ip:${address}`;
}
