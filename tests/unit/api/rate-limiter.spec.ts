import { RateLimiter, clientKey } from '../../../apps/api/src/graphql/rate-limiter';

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

  it('counts a key apart from an address, and never keeps the key itself', () => {
    expect(clientKey('Bearer rmk_secret', '10.0.0.1')).not.toContain('rmk_secret');
    expect(clientKey(undefined, '10.0.0.1')).toBe('ip:10.0.0.1');
  });
});
