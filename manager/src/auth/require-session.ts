import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../api/app-env.js';
import { ApiError } from '../errors.js';
import type { Store } from '../store/open-store.js';
import { sessionsRepository } from '../store/sessions.js';
import { sha256Hex } from './tokens.js';

export const SESSION_COOKIE = 'bt_session';

/** Lets the request through only with a live session cookie; sets `user`. */
export function requireSession(store: Store, clock: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const now = new Date(clock()).toISOString();
    const user = token
      ? await sessionsRepository.findUser(store.db, sha256Hex(token), now)
      : undefined;
    if (!user) throw new ApiError(401, 'unauthorized', 'Sign in first');
    c.set('user', user);
    await next();
  };
}
