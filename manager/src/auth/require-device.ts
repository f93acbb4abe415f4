import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';
import type { RateLimiter } from '../http/rate-limiter.js';
import { requestHeader } from '../http/request-header.js';
import { deviceTokensRepository } from '../store/device-tokens.js';
import type { Store } from '../store/open-store.js';
import type { AppEnv } from './app-env.js';
import type { DeviceTokenCache } from './device-token-cache.js';
import { sha256Hex } from './tokens.js';

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
    const token = bearerToken(requestHeader(c, 'authorization'));
    const live = token ? await tokens.lookUp(store.db, token) : undefined;
    if (!live) throw await refusal(store, token);
    limiter.count(live.hash);
    c.set('screenId', live.screenId);
    await next();
  };
}

/**
 * Only a token the manager knows it revoked gets `device_revoked`, the one answer on which a
 * player forgets its token; anything else (unknown after a restore, malformed) is a plain 401.
 */
async function refusal(store: Store, token: string | undefined): Promise<ApiError> {
  if (token && (await deviceTokensRepository.isRevoked(store.db, sha256Hex(token)))) {
    return new ApiError(401, 'device_revoked', 'This screen was removed or re-paired');
  }
  return new ApiError(401, 'unauthorized', 'A valid device token is required');
}
