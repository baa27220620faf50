import { RateLimiter, RequestBudgets } from '../../../apps/api/src/graphql/rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit at once, then refuses with the wait, then refills with time', () => {
    const limiter = new RateLimiter(60);
    const t0 = 1_000_000;
    for (let i = 0; i < 60; i++) expect(limiter.take('a', t0)).toBe(0);
    expect(limiter.take('a', t0)).toBe(1);
    expect(limiter.take('b', t0)).toBe(0);
    expect(limiter.take('a', t0 + 1000)).toBe(0);
    expect(limiter.take('a', t0 + 1000)).toBeGreaterThan(0);
  });

  it('keeps counting across a sweep of idle clients', () => {
    const limiter = new RateLimiter(2);
    const t0 = 5_000_000;
    expect(limiter.take('x', t0)).toBe(0);
    expect(limiter.take('x', t0 + 61_000)).toBe(0);
    expect(limiter.take('x', t0 + 61_000)).toBe(0);
    expect(limiter.take('x', t0 + 61_000)).toBeGreaterThan(0);
  });

});

describe('RequestBudgets', () => {
  const REAL = 'rmk_real';
  const t0 = 9_000_000;
  function budgets(perMinute: number) {
    const looked: string[] = [];
    const b = new RequestBudgets(new RateLimiter(perMinute), async (key) => {
      looked.push(key);
      return key === REAL;
    });
    return { b, looked };
  }

  it('counts made-up keys against their address, however many different ones are sent', async () => {
    const { b } = budgets(3);
    const waits = [];
    for (let i = 0; i < 6; i++) waits.push(await b.take(`Bearer junk-${i}`, '10.0.0.1', t0));
    expect(waits.map((w) => w > 0)).toEqual([false, false, false, true, true, true]);
    expect(await b.take(undefined, '10.0.0.1', t0)).toBeGreaterThan(0);
    expect(await b.take('Bearer junk-9', '10.0.0.2', t0)).toBe(0);
  });

  it('gives a real key its own budget once it has been seen, apart from its address', async () => {
    const { b, looked } = budgets(2);
    expect(await b.take(`Bearer ${REAL}`, '10.0.0.1', t0)).toBe(0);
    expect(await b.take(`Bearer ${REAL}`, '10.0.0.1', t0)).toBe(0);
    expect(await b.take(`Bearer ${REAL}`, '10.0.0.1', t0)).toBe(0);
    expect(await b.take(`Bearer ${REAL}`, '10.0.0.1', t0)).toBeGreaterThan(0);
    // The address spent one request on the key's first look-up, and has one left.
    expect(await b.take(undefined, '10.0.0.1', t0)).toBe(0);
    expect(await b.take(undefined, '10.0.0.1', t0)).toBeGreaterThan(0);
    expect(looked).toEqual([REAL]);
  });

  it('looks keys up at most twice the address’s rate, and lets a real key in from a spent address', async () => {
    const { b, looked } = budgets(2);
    for (let i = 0; i < 10; i++) await b.take(`Bearer junk-${i}`, '10.0.0.1', t0);
    expect(looked).toEqual(['junk-0', 'junk-1', 'junk-2', 'junk-3']);
    const other = budgets(2);
    for (let i = 0; i < 5; i++) await other.b.take(`Bearer junk-${i}`, '10.0.0.1', t0);
    expect(await other.b.take(`Bearer ${REAL}`, '10.0.0.1', t0)).toBeGreaterThan(0);
    const fresh = budgets(2);
    for (let i = 0; i < 2; i++) await fresh.b.take(undefined, '10.0.0.1', t0);
    expect(await fresh.b.take(`Bearer ${REAL}`, '10.0.0.1', t0)).toBe(0);
    expect(await fresh.b.take(`Bearer ${REAL}`, '10.0.0.1', t0)).toBe(0);
    expect(await fresh.b.take(`Bearer ${REAL}`, '10.0.0.1', t0)).toBeGreaterThan(0);
  });

  it('looks a known key up again after a while (a revoked key loses its budget), and survives a failing look-up', async () => {
    const revoked = new Set<string>();
    const b = new RequestBudgets(new RateLimiter(1), async (key) => {
      if (key === 'rmk_broken') throw new Error('database down');
      return !revoked.has(key);
    }, 60_000);
    expect(await b.take('Bearer rmk_a', '10.0.0.1', t0)).toBe(0);
    expect(await b.take('Bearer rmk_a', '10.0.0.1', t0)).toBe(0);
    revoked.add('rmk_a');
    expect(await b.take('Bearer rmk_a', '10.0.0.1', t0 + 61_000)).toBe(0);
    expect(await b.take('Bearer rmk_a', '10.0.0.1', t0 + 61_000)).toBeGreaterThan(0);
    expect(await b.take('Bearer rmk_broken', '10.0.0.9', t0)).toBe(0);
  });
});
