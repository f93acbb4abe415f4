import { type RateLimit, RateLimiter } from './rate-limiter.js';

const MINUTE = 60_000;

/** What is limited, and how much. */
export interface RateLimits {
  /** Failed sign-ins (and password checks) per account. */
  loginPerAccount: RateLimit;
  /** Failed sign-ins per client address, whatever account they name. */
  loginPerAddress: RateLimit;
  /** New pairing codes per client address (an office's screens often share one address). */
  pairingPerAddress: RateLimit;
  /** Claims of codes no player shows, per user. */
  claimPerUser: RateLimit;
  /** Requests per device token (a player makes a few a minute). */
  devicePerToken: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginPerAccount: { limit: 5, windowMs: 15 * MINUTE },
  loginPerAddress: { limit: 20, windowMs: 15 * MINUTE },
  pairingPerAddress: { limit: 100, windowMs: 10 * MINUTE },
  claimPerUser: { limit: 10, windowMs: 10 * MINUTE },
  devicePerToken: { limit: 300, windowMs: MINUTE },
};

export type RateLimiters = Record<keyof RateLimits, RateLimiter>;

export function createRateLimiters(
  overrides: Partial<RateLimits>,
  clock: () => number,
): RateLimiters {
  const limits = { ...DEFAULT_RATE_LIMITS, ...overrides };
  return {
    loginPerAccount: new RateLimiter(limits.loginPerAccount, clock),
    loginPerAddress: new RateLimiter(limits.loginPerAddress, clock),
    pairingPerAddress: new RateLimiter(limits.pairingPerAddress, clock),
    claimPerUser: new RateLimiter(limits.claimPerUser, clock),
    devicePerToken: new RateLimiter(limits.devicePerToken, clock),
  };
}
