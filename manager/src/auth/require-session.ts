import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { ApiError, forbidden } from '../errors.js';
import type { Store } from '../store/open-store.js';
import { sessionsRepository } from '../store/sessions.js';
import type { AppEnv } from './app-env.js';
import { hasRole, type Role } from './roles.js';
import { sha256Hex } from './tokens.js';

export const SESSION_COOKIE = 'bt_session';

/**
 * What a session route asks of its caller: a role (or more), or, for the few routes a user
 * must reach before changing a generated password, just an `account`.
 */
export type SessionRequirement = Role | 'account';

/**
 * Lets the request through only with a live session of an enabled user holding the role; sets
 * `user`. 401 without a session, 403 for a weaker role or a password that must be changed first.
 */
export function requireSession(
  store: Store,
  clock: () => number,
  required: SessionRequirement,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const now = new Date(clock()).toISOString();
    const user = token
      ? await sessionsRepository.findUser(store.db, sha256Hex(token), now)
      : undefined;
    if (!user) throw new ApiError(401, 'unauthorized', 'Sign in first');
    if (required !== 'account') {
      if (user.mustChangePassword) {
        throw forbidden('Change your password first', { reason: 'password_change_required' });
      }
      if (!hasRole(user.role, required)) {
        throw forbidden(`This needs the ${required} role`, { requiredRole: required });
      }
    }
    c.set('user', user);
    await next();
  };
}
