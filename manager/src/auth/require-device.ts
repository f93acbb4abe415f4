import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../api/app-env.js';
import { ApiError } from '../errors.js';
import type { RateLimiter } from '../http/rate-limiter.js';
import { deviceTokensRepository } from '../store/device-tokens.js';
import type { Store } from '../store/open-store.js';
import { sha256Hex } from './tokens.js';

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;

/**
 * Lets the request through only with a live (unrevoked) device token, within the token's rate
 * limit; sets `screenId`. With `allowQueryToken` the token may come as `?token=` (the event
 * stream, which some clients open without headers).
 */
export function requireDevice(
  store: Store,
  limiter: RateLimiter,
  options: { allowQueryToken?: boolean } = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fromHeader = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    const token = fromHeader ?? (options.allowQueryToken ? c.req.query('token') : undefined);
    const hash = token ? sha256Hex(token) : undefined;
    const screenId = hash ? await deviceTokensRepository.findScreenId(store.db, hash) : undefined;
    if (!hash || !screenId) {
      throw new ApiError(401, 'unauthorized', 'A valid device token is required');
    }
    limiter.count(hash);
    c.set('screenId', screenId);
    await next();
  };
}
