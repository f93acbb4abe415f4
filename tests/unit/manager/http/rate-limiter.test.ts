import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../../manager/src/http/rate-limiter.js';

describe('RateLimiter.tryCount', () => {
  it('counts up to the limit, then refuses without counting, until the window ends', () => {
    let now = 1_000;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 }, () => now);
    expect([1, 2, 3, 4].map(() => limiter.tryCount('screen'))).toEqual([true, true, false, false]);
    expect(() => limiter.check('screen')).toThrow(/Too many/);
    expect(limiter.tryCount('other screen')).toBe(true);
    now += 60_000;
    expect(limiter.tryCount('screen')).toBe(true);
  });

  it('shares its counts with count(): one window per key', () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 }, () => 0);
    limiter.count('screen');
    expect(limiter.tryCount('screen')).toBe(true);
    expect(() => limiter.count('screen')).toThrow(/Too many/);
  });
});
