import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';
import type { RateLimiter } from '../http/rate-limiter.js';
import { integrationKeysRepository } from '../store/integration-keys.js';
import type { Store } from '../store/open-store.js';
import type { AppEnv } from './app-env.js';
import { bearerToken } from './require-device.js';
import { sha256Hex } from './tokens.js';

/** `last_used_at` is written at most this often per key, not on every call. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Lets a queue call through with a live integration key (`Authorization: Bearer …`) or, without
 * one, a signed-in user the session guard admits (the counter page); each caller within its rate
 * limit. Sets `queueCaller`. A revoked or unknown key is a 401, never a fall-back to the cookie.
 */
export function requireQueueCaller(
  store: Store,
  clock: () => number,
  session: MiddlewareHandler<AppEnv>,
  limiter: RateLimiter,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      return session(c, async () => {
        const user = c.get('user');
        limiter.count(`user:${user.id}`);
        c.set('queueCaller', { userId: user.id });
        await next();
      });
    }
    const token = bearerToken(header);
    const key = token
      ? await integrationKeysRepository.findByHash(store.db, sha256Hex(token))
      : undefined;
    if (!key) throw new ApiError(401, 'unauthorized', 'A valid integration key is required');
    if (key.revokedAt) {
      throw new ApiError(401, 'unauthorized', 'This integration key was revoked', {
        reason: 'key_revoked',
      });
    }
    limiter.count(`key:${key.id}`);
    const now = clock();
    if (!key.lastUsedAt || Date.parse(key.lastUsedAt) <= now - TOUCH_EVERY_MS) {
      await integrationKeysRepository.touch(store.db, key.id, new Date(now).toISOString());
    }
    c.set('queueCaller', { keyId: key.id, counters: key.counters });
    await next();
  };
}
