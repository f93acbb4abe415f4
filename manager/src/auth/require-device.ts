import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../api/app-env.js';
import { ApiError } from '../errors.js';
import type { RateLimiter } from '../http/rate-limiter.js';
import type { Store } from '../store/open-store.js';
import type { DeviceTokenCache } from './device-token-cache.js';

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;

/** The token of an `Authorization: Bearer …` header of the right shape. */
export const bearerToken = (header: string | undefined): string | undefined =>
  BEARER.exec(header ?? '')?.[1];

/**
 * Lets the request through only with a live (unrevoked) device token, within the token's rate
 * limit; sets `screenId`.
 */
export function requireDevice(
  store: Store,
  limiter: RateLimiter,
  tokens: DeviceTokenCache,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Only in the header: a token in a URL ends up in logs, history and Referer.
    const token = bearerToken(c.req.header('authorization'));
    const live = token ? await tokens.lookUp(store.db, token) : undefined;
    if (!live) throw new ApiError(401, 'unauthorized', 'A valid device token is required');
    limiter.count(live.hash);
    c.set('screenId', live.screenId);
    await next();
  };
}
