import { PasswordSchema } from '@bangtin/shared';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../../auth/password.js';
import { SESSION_COOKIE } from '../../../auth/require-session.js';
import { sha256Hex } from '../../../auth/tokens.js';
import { errorBody } from '../../../errors.js';
import { clientAddress } from '../../../http/client-address.js';
import { auditLogRepository } from '../../../store/audit-log.js';
import { sessionsRepository } from '../../../store/sessions.js';
import { usersRepository } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { SMALL_BODY_BYTES } from '../../read-json-body.js';

const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});

/** `PUT /session/password`: the signed-in user changes their own password. */
export function addPasswordRoute(router: ApiRouter, deps: ApiDeps): void {
  const iso = () => new Date(deps.clock()).toISOString();
  addRoute(
    router,
    deps.guards,
    {
      method: 'put',
      path: '/session/password',
      summary: 'Change my password',
      description:
        "Ends the user's other sessions. A wrong current password counts against the sign-in limit.",
      tags: ['session'],
      auth: 'account',
      maxBodyBytes: SMALL_BODY_BYTES,
      body: PasswordChangeSchema,
      responses: {
        204: { description: 'Changed' },
        400: errorResponse(400),
        429: errorResponse(429),
      },
    },
    async (c, { body }) => {
      const user = c.get('user');
      const account = user.login.toLowerCase();
      const address = clientAddress(c);
      deps.loginThrottle.check(account, address, deps.knownDevices.isKnown(c, account));
      const stored = (await usersRepository.passwordHash(deps.store.db, user.id)) ?? DUMMY_HASH;
      if (!(await verifyPassword(body.currentPassword, stored))) {
        const delayMs = deps.loginThrottle.fail(account, address);
        await auditLogRepository.record(deps.store.db, {
          at: iso(),
          userId: user.id,
          action: 'login_failed',
          resource: 'session',
          resourceId: user.id,
          before: null,
          after: { passwordChange: true, delaySeconds: Math.ceil(delayMs / 1000) },
          address,
          login: user.login,
        });
        return c.json(
          errorBody('invalid_input', 'The input is not valid', [
            { path: 'currentPassword', message: 'wrong password' },
          ]),
          400,
        );
      }
      const hash = await hashPassword(body.newPassword, deps.passwordCost);
      const token = getCookie(c, SESSION_COOKIE);
      await deps.store.db.transaction().execute(async (trx) => {
        await usersRepository.setPassword(trx, user.id, hash, false);
        await sessionsRepository.removeForUser(trx, user.id, token && sha256Hex(token));
        await auditLogRepository.record(trx, {
          at: iso(),
          userId: user.id,
          action: 'password_change',
          resource: 'users',
          resourceId: user.id,
          before: null,
          after: null,
          address: clientAddress(c),
        });
      });
      deps.userStreams.close(user.id);
      return c.body(null, 204);
    },
  );
}
