import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../player/src/sync/backoff.js';

const options = { baseMs: 1000, maxMs: 60_000 };

describe('backoffDelay', () => {
  it.each([0, 1, 2, 3, 10])('stays within half and all of the ceiling at attempt %i', (attempt) => {
    const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** attempt);
    expect(backoffDelay(attempt, options, () => 0)).toBe(ceiling / 2);
    expect(backoffDelay(attempt, options, () => 0.999999)).toBeLessThan(ceiling);
    expect(backoffDelay(attempt, options, () => 0.999999)).toBeGreaterThan(ceiling * 0.99);
  });

  it('never exceeds the maximum however many attempts failed', () => {
    expect(backoffDelay(1000, options, () => 1)).toBeLessThanOrEqual(options.maxMs);
  });

  it('spreads screens that retry at the same attempt', () => {
    const delays = [0.1, 0.5, 0.9].map((r) => backoffDelay(4, options, () => r));
    expect(new Set(delays).size).toBe(3);
  });
});
