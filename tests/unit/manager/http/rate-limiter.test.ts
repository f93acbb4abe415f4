import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../../manager/src/http/rate-limiter.js';

describe('a rate limiter holding more live keys than it sweeps at', () => {
  it('still limits every key, old and new', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 }, () => now);
    for (let key = 0; key < 25_000; key++) limiter.count(`screen-${key}`);
    for (const key of [0, 9_999, 10_000, 24_999]) {
      expect(() => limiter.count(`screen-${key}`), `screen-${key}`).toThrow(/Too many/);
    }
    now += 60_000;
    expect(() => limiter.count('screen-0')).not.toThrow();
  });
});
