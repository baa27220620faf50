/**
 * Failed sign-ins per client address, in this process's memory: guessing a 256-bit key is hopeless,
 * but a script hammering the form should still be slowed, and this costs no table. Instances
 * behind a load balancer each count their own; that multiplies the allowance, it does not remove it.
 * The count holds back wrong keys only (the sign-in form lets a right key through), and a sign-in
 * does not clear it: a guesser holding one real key could otherwise reset it between guesses.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly allowed: number,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** Seconds until `address` may try again; 0 when it may now. */
  wait(address: string, now = Date.now()): number {
    const recent = this.recent(address, now);
    if (recent.length < this.allowed) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000));
  }

  fail(address: string, now = Date.now()): void {
    if (this.failures.size > 10_000) this.prune(now);
    this.failures.set(address, [...this.recent(address, now), now]);
  }

  private recent(address: string, now: number): number[] {
    return (this.failures.get(address) ?? []).filter((at) => at > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const address of [...this.failures.keys()]) {
      if (this.recent(address, now).length === 0) this.failures.delete(address);
    }
  }
}
