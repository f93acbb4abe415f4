import { type RateLimit, RateLimiter } from './rate-limiter.js';

const MINUTE = 60_000;

/** What is limited, and how much (failed sign-ins are slowed down in login-throttle.ts). */
export interface RateLimits {
  /** New pairing codes per client address (an office's screens often share one address). */
  pairingPerAddress: RateLimit;
  /** Claims of codes no player shows, per user. */
  claimPerUser: RateLimit;
  /** Requests per device token (a player makes a few a minute). */
  devicePerToken: RateLimit;
  /** Queue calls per integration key or per signed-in caller. */
  queuePerCaller: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  pairingPerAddress: { limit: 100, windowMs: 10 * MINUTE },
  claimPerUser: { limit: 10, windowMs: 10 * MINUTE },
  devicePerToken: { limit: 300, windowMs: MINUTE },
  // A busy center's queue system calls a number every few seconds; bursts stay well inside.
  queuePerCaller: { limit: 600, windowMs: MINUTE },
};

export type RateLimiters = Record<keyof RateLimits, RateLimiter>;

export function createRateLimiters(
  overrides: Partial<RateLimits>,
  clock: () => number,
): RateLimiters {
  const limits = { ...DEFAULT_RATE_LIMITS, ...overrides };
  return {
    pairingPerAddress: new RateLimiter(limits.pairingPerAddress, clock),
    claimPerUser: new RateLimiter(limits.claimPerUser, clock),
    devicePerToken: new RateLimiter(limits.devicePerToken, clock),
    queuePerCaller: new RateLimiter(limits.queuePerCaller, clock),
  };
}
