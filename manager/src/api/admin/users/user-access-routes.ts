import { randomBytes } from 'node:crypto';
import { PasswordResetResultSchema } from '@bangtin/shared';
import { hashPassword } from '../../../auth/password.js';
import { notFound } from '../../../errors.js';
import { sessionsRepository } from '../../../store/sessions.js';
import { usersRepository } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';
import { editorWrite } from '../resources/editor-write.js';

/** 12 URL-safe characters (72 random bits): typed once by the user, then replaced. */
const generatePassword = () => randomBytes(9).toString('base64url');

/** What an admin does to someone's access besides editing the account: reset, sign out. */
export function addUserAccessRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['users'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/users/{id}/password-reset',
      summary: 'Give an account a new generated password',
      description:
        'The answer carries the password; it is not stored in clear and cannot be shown again. The user’s sessions end and the password must be changed at the next sign-in.',
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      responses: {
        200: { description: 'The new password', schema: PasswordResetResultSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const password = generatePassword();
      const passwordHash = await hashPassword(password, deps.passwordCost);
      await editorWrite(deps, c.get('user').id, async (w) => {
        if (!(await usersRepository.get(w.trx, params.id))) throw notFound('User');
        await usersRepository.setPassword(w.trx, params.id, passwordHash, true);
        await sessionsRepository.removeForUser(w.trx, params.id);
        await w.audit({
          action: 'update',
          resource: 'users',
          resourceId: params.id,
          before: null,
          after: { passwordReset: true },
        });
      });
      return c.json({ password }, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/users/{id}/sign-out',
      summary: 'End every session of an account',
      description: 'For a lost phone or a shared computer; the account itself stays enabled.',
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      responses: { 204: { description: 'Every session ended' }, 404: errorResponse(404) },
    },
    async (c, { params }) => {
      await editorWrite(deps, c.get('user').id, async (w) => {
        if (!(await usersRepository.get(w.trx, params.id))) throw notFound('User');
        await sessionsRepository.removeForUser(w.trx, params.id);
        await w.audit({
          action: 'logout',
          resource: 'users',
          resourceId: params.id,
          before: null,
          after: { everywhere: true },
        });
      });
      return c.body(null, 204);
    },
  );
}
