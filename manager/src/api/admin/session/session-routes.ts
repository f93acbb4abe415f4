import { SessionSchema } from '@bangtin/shared';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { DUMMY_HASH, verifyPassword } from '../../../auth/password.js';
import { SESSION_COOKIE } from '../../../auth/require-session.js';
import { randomToken, sha256Hex } from '../../../auth/tokens.js';
import { ApiError, forbidden } from '../../../errors.js';
import { clientAddress, isHttps } from '../../../http/client-address.js';
import { type AuditEntry, auditLogRepository } from '../../../store/audit-log.js';
import { sessionsRepository } from '../../../store/sessions.js';
import { usersRepository } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { addPasswordRoute } from './password-route.js';

/** A working day and then some: a forgotten session on a shared desk ends overnight. */
export const SESSION_TTL_MS = 12 * 3_600_000;

const LoginSchema = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** Sign in (sets the `bt_session` cookie), who am I, change password, sign out. */
export function addSessionRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['session'];
  const iso = () => new Date(deps.clock()).toISOString();
  const record = (c: Context, entry: Omit<AuditEntry, 'at' | 'resource' | 'address'>) =>
    auditLogRepository.record(deps.store.db, {
      ...entry,
      at: iso(),
      resource: 'session',
      address: clientAddress(c),
    });

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/session',
      summary: 'Sign in',
      description:
        'Failed attempts slow down further ones per account and per address, with doubling delays: an attempt before the delay has passed gets 429 with `Retry-After` (the password is not checked). Nothing locks an account: a browser that signed in to it before is never held back. A user whose password must be changed gets a session that opens only `PUT /session/password`, `GET /session` and `DELETE /session`.',
      tags,
      auth: 'none',
      body: LoginSchema,
      responses: {
        200: { description: 'Signed in; the session cookie is set', schema: SessionSchema },
        401: { description: 'Wrong login or password' },
        403: { description: 'The account is disabled' },
        429: errorResponse(429),
      },
    },
    async (c, { body }) => {
      const address = clientAddress(c);
      const account = body.login.toLowerCase();
      const knownGood = deps.knownDevices.isKnown(c, account);
      try {
        deps.loginThrottle.check(account, address, knownGood);
      } catch (error) {
        await record(c, {
          userId: null,
          action: 'login_throttled',
          resourceId: '-',
          before: null,
          after: null,
          login: body.login,
        });
        throw error;
      }
      const user = await usersRepository.findByLogin(deps.store.db, body.login);
      const valid = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !valid) {
        const delayMs = deps.loginThrottle.fail(account, address);
        await record(c, {
          userId: user?.id ?? null,
          action: 'login_failed',
          resourceId: user?.id ?? '-',
          before: null,
          after: { knownDevice: knownGood, delaySeconds: Math.ceil(delayMs / 1000) },
          login: body.login,
        });
        throw new ApiError(401, 'unauthorized', 'Wrong login or password');
      }
      if (user.disabled) {
        await record(c, {
          userId: user.id,
          action: 'login_failed',
          resourceId: user.id,
          before: null,
          after: { reason: 'disabled' },
          login: body.login,
        });
        throw forbidden('This account is disabled');
      }
      deps.loginThrottle.succeed(account);
      const now = deps.clock();
      const token = randomToken();
      await sessionsRepository.removeExpired(deps.store.db, new Date(now).toISOString());
      await sessionsRepository.create(
        deps.store.db,
        sha256Hex(token),
        user.id,
        new Date(now).toISOString(),
        new Date(now + SESSION_TTL_MS).toISOString(),
      );
      await record(c, {
        userId: user.id,
        action: 'login',
        resourceId: user.id,
        before: null,
        after: null,
        login: user.login,
      });
      const secure = isHttps(c);
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure,
        maxAge: SESSION_TTL_MS / 1000,
      });
      deps.knownDevices.remember(c, account, secure);
      const { passwordHash: _hash, ...shown } = user;
      return c.json({ user: shown }, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/session',
      summary: 'The signed-in user',
      description: '`user.mustChangePassword` tells the UI to ask for a new password first.',
      tags,
      auth: 'account',
      responses: { 200: { description: 'The session', schema: SessionSchema } },
    },
    (c) => c.json({ user: c.get('user') }, 200),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'delete',
      path: '/session',
      summary: 'Sign out',
      tags,
      auth: 'none',
      responses: { 204: { description: 'Signed out (also when no session was open)' } },
    },
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      const user =
        token && (await sessionsRepository.findUser(deps.store.db, sha256Hex(token), iso()));
      if (token) await sessionsRepository.remove(deps.store.db, sha256Hex(token));
      if (user) {
        deps.userStreams.close(user.id);
        await record(c, {
          userId: user.id,
          action: 'logout',
          resourceId: user.id,
          before: null,
          after: null,
          login: user.login,
        });
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  addPasswordRoute(router, deps);
}
