import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { verifyPassword } from '../../auth/password.js';
import { SESSION_COOKIE } from '../../auth/require-session.js';
import { randomToken, sha256Hex } from '../../auth/tokens.js';
import { ApiError } from '../../errors.js';
import { sessionsRepository } from '../../store/sessions.js';
import { usersRepository } from '../../store/users.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

const SESSION_TTL_MS = 14 * 24 * 3_600_000;

/** Verified when the login is unknown, so that a wrong login takes as long as a wrong password. */
const DUMMY_HASH =
  'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const LoginSchema = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
const UserSchema = z.object({
  id: z.string(),
  login: z.string(),
  role: z.enum(['admin', 'editor']),
});
const SessionSchema = z.object({ user: UserSchema });

/** Sign in (sets the `bt_session` cookie), who am I, sign out. */
export function addSessionRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['session'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/session',
      summary: 'Sign in',
      tags,
      auth: 'none',
      body: LoginSchema,
      responses: {
        200: { description: 'Signed in; the session cookie is set', schema: SessionSchema },
        401: { description: 'Wrong login or password' },
      },
    },
    async (c, { body }) => {
      const user = await usersRepository.findByLogin(deps.store.db, body.login);
      const valid = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !valid) throw new ApiError(401, 'unauthorized', 'Wrong login or password');
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
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: deps.config.publicUrl.startsWith('https:'),
        maxAge: SESSION_TTL_MS / 1000,
      });
      return c.json({ user: { id: user.id, login: user.login, role: user.role } });
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/session',
      summary: 'The signed-in user',
      tags,
      auth: 'session',
      responses: { 200: { description: 'The session', schema: SessionSchema } },
    },
    (c) => c.json({ user: c.get('user') }),
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
      if (token) await sessionsRepository.remove(deps.store.db, sha256Hex(token));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );
}
