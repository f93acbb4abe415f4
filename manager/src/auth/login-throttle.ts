import { ApiError } from '../errors.js';

/** How failures slow down further attempts for one kind of key (an account, an address). */
export interface ThrottleRule {
  /** Failures allowed before any delay (typos are free). */
  freeFailures: number;
  /** The delay after the first failure past the free ones; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Failures are forgotten this long after the last one. */
  forgetAfterMs: number;
}

export interface LoginThrottleRules {
  account: ThrottleRule;
  address: ThrottleRule;
}

const MINUTE = 60_000;

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleRules = {
  account: {
    freeFailures: 3,
    firstDelayMs: 2_000,
    maxDelayMs: 15 * MINUTE,
    forgetAfterMs: 60 * MINUTE,
  },
  // Many people sign in behind one office router: one user's typos must not slow the others.
  address: {
    freeFailures: 30,
    firstDelayMs: 1_000,
    maxDelayMs: 5 * MINUTE,
    forgetAfterMs: 60 * MINUTE,
  },
};

interface Failures {
  count: number;
  lastAt: number;
  /** No attempt is judged before this instant. */
  retryAt: number;
}

/** Past this many keys, forgotten entries are swept so that the map cannot grow without bound. */
const SWEEP_AT = 10_000;

/** One key kind's failures with growing delays. */
class Backoff {
  #failures = new Map<string, Failures>();

  constructor(
    private readonly rule: ThrottleRule,
    private readonly clock: () => number,
  ) {}

  /** Milliseconds until the key may try again (0: now). */
  wait(key: string): number {
    const entry = this.#current(key);
    return entry ? Math.max(0, entry.retryAt - this.clock()) : 0;
  }

  /** Counts a failure; returns the delay it imposes. */
  fail(key: string): number {
    const now = this.clock();
    const entry = this.#current(key) ?? { count: 0, lastAt: now, retryAt: now };
    entry.count++;
    entry.lastAt = now;
    const over = entry.count - this.rule.freeFailures;
    const delay =
      over <= 0 ? 0 : Math.min(this.rule.maxDelayMs, this.rule.firstDelayMs * 2 ** (over - 1));
    entry.retryAt = now + delay;
    if (!this.#failures.has(key)) {
      if (this.#failures.size >= SWEEP_AT) this.#sweep(now);
      this.#failures.set(key, entry);
    }
    return delay;
  }

  reset(key: string): void {
    this.#failures.delete(key);
  }

  #current(key: string): Failures | undefined {
    const entry = this.#failures.get(key);
    if (entry && this.clock() - entry.lastAt >= this.rule.forgetAfterMs) {
      this.#failures.delete(key);
      return undefined;
    }
    return entry;
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#failures) {
      if (now - entry.lastAt >= this.rule.forgetAfterMs) this.#failures.delete(key);
    }
  }
}

/**
 * Failed sign-ins slow further attempts down, per account and per address, with delays that
 * double; nothing locks an account. An attempt before the delay has passed is answered 429 with
 * `Retry-After` and its password is not even checked. A browser that signed in to the account
 * before (a known-good context) is never held back, so an attacker cannot lock its owner out.
 */
export class LoginThrottle {
  readonly #account: Backoff;
  readonly #address: Backoff;

  constructor(rules: LoginThrottleRules, clock: () => number) {
    this.#account = new Backoff(rules.account, clock);
    this.#address = new Backoff(rules.address, clock);
  }

  /** Throws 429 while the account or the address must wait, unless the context is known-good. */
  check(account: string, address: string, knownGood: boolean): void {
    if (knownGood) return;
    const wait = Math.max(this.#account.wait(account), this.#address.wait(address));
    if (wait > 0) throw throttled(wait);
  }

  /** Counts a failure against both; returns the delay in ms that now applies. */
  fail(account: string, address: string): number {
    return Math.max(this.#account.fail(account), this.#address.fail(address));
  }

  /** A right password clears the account's failures (not the address's: others share it). */
  succeed(account: string): void {
    this.#account.reset(account);
  }
}

export function throttled(waitMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(
    429,
    'rate_limited',
    `Too many failed sign-ins; try again in ${seconds} s`,
    { retryAfterSeconds: seconds },
    { 'Retry-After': String(seconds) },
  );
}
