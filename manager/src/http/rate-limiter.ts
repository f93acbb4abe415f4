import { ApiError } from '../errors.js';

/** At most `limit` counted events per key within a window of `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Past this many keys, expired windows are swept so that the map cannot grow without bound; the
 * next sweep waits until the map has doubled, so that ten thousand screens, each with a live
 * window, do not sweep on every new key.
 */
const SWEEP_AT = 10_000;

/**
 * Fixed-window counters in memory, one per key (an account, an address, a device token). Over
 * the limit, `check` and `count` throw 429 `rate_limited` with `Retry-After` in seconds.
 * Per process: behind several instances each one limits on its own.
 */
export class RateLimiter {
  #windows = new Map<string, Window>();
  #sweepAt = SWEEP_AT;

  constructor(
    private readonly rule: RateLimit,
    private readonly clock: () => number,
  ) {}

  /** Throws when the key has used up its window, without counting this call. */
  check(key: string): void {
    const window = this.#current(key);
    if (window && window.count >= this.rule.limit) throw this.#tooMany(window);
  }

  /** Counts one event, then throws when that went over the limit. */
  count(key: string): void {
    const now = this.clock();
    const window = this.#current(key) ?? { count: 0, resetAt: now + this.rule.windowMs };
    window.count++;
    if (!this.#windows.has(key)) {
      if (this.#windows.size >= this.#sweepAt) this.#sweep(now);
      this.#windows.set(key, window);
    }
    if (window.count > this.rule.limit) throw this.#tooMany(window);
  }

  /** Forgets a key (a successful sign-in clears its failures). */
  reset(key: string): void {
    this.#windows.delete(key);
  }

  #current(key: string): Window | undefined {
    const window = this.#windows.get(key);
    if (window && window.resetAt <= this.clock()) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
    this.#sweepAt = Math.max(SWEEP_AT, 2 * this.#windows.size);
  }

  #tooMany(window: Window): ApiError {
    const seconds = Math.max(1, Math.ceil((window.resetAt - this.clock()) / 1000));
    return new ApiError(
      429,
      'rate_limited',
      `Too many attempts; try again in ${seconds} s`,
      { retryAfterSeconds: seconds },
      { 'Retry-After': String(seconds) },
    );
  }
}
