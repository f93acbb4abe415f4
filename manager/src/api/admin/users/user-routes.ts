import { randomUUID } from 'node:crypto';
import { AccountCreateSchema, AccountSchema, AccountUpdateSchema } from '@bangtin/shared';
import { z } from 'zod';
import { hashPassword } from '../../../auth/password.js';
import { ApiError, type FieldIssue, invalidInput, notFound } from '../../../errors.js';
import { groupsRepository } from '../../../store/groups.js';
import type { Db } from '../../../store/open-store.js';
import { sessionsRepository } from '../../../store/sessions.js';
import { usersRepository } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';
import { editorWrite } from '../resources/editor-write.js';

async function unknownGroups(db: Db, groupIds: readonly string[]): Promise<FieldIssue[]> {
  const known = new Set((await groupsRepository.list(db)).map((g) => g.id));
  return groupIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `groupIds.${i}`, message: 'unknown group' }],
  );
}

/**
 * Accounts, for admins. There is no delete: the audit log names users for good, so an account
 * that should no longer sign in is disabled.
 */
export function addUserRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['users'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/users',
      summary: 'List accounts',
      tags,
      auth: 'admin',
      responses: {
        200: { description: 'Every account', schema: z.object({ items: z.array(AccountSchema) }) },
      },
    },
    async (c) => c.json({ items: await usersRepository.list(deps.store.db) }, 200),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/users',
      summary: 'Create an account',
      description: 'The user must change the initial password at the first sign-in.',
      tags,
      auth: 'admin',
      body: AccountCreateSchema,
      responses: {
        201: { description: 'The account', schema: AccountSchema },
        409: errorResponse(409),
      },
    },
    async (c, { body }) => {
      const passwordHash = await hashPassword(body.password, deps.passwordCost);
      const user = await editorWrite(deps, c.get('user').id, async (w) => {
        const issues = await unknownGroups(w.trx, body.groupIds);
        if (issues.length > 0) throw invalidInput(issues);
        if (await usersRepository.findByLogin(w.trx, body.login)) {
          throw new ApiError(409, 'conflict', 'That login is taken');
        }
        const { password: _password, ...fields } = body;
        const created = await usersRepository.create(
          w.trx,
          { ...fields, id: randomUUID(), passwordHash, mustChangePassword: true },
          w.now,
        );
        await w.audit({
          action: 'create',
          resource: 'users',
          resourceId: created.id,
          before: null,
          after: created,
        });
        return created;
      });
      return c.json(user, 201);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/users/{id}',
      summary: 'Read an account',
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      responses: {
        200: { description: 'The account', schema: AccountSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const user = await usersRepository.get(deps.store.db, params.id);
      if (!user) throw notFound('User');
      return c.json(user, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'put',
      path: '/users/{id}',
      summary: 'Change an account: name, role, groups, disabled, or reset its password',
      description:
        'Disabling ends the user’s sessions; a reset password must be changed at the next sign-in. Admins cannot demote or disable themselves (409), so an enabled admin always remains.',
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      body: AccountUpdateSchema,
      responses: {
        200: { description: 'The account', schema: AccountSchema },
        404: errorResponse(404),
        409: errorResponse(409),
      },
    },
    async (c, { params, body }) => {
      const me = c.get('user');
      const passwordHash = body.password && (await hashPassword(body.password, deps.passwordCost));
      const user = await editorWrite(deps, me.id, async (w) => {
        const before = await usersRepository.get(w.trx, params.id);
        if (!before) throw notFound('User');
        if (before.id === me.id && (body.disabled || body.role !== 'admin')) {
          throw new ApiError(409, 'conflict', 'Admins cannot demote or disable themselves');
        }
        const issues = await unknownGroups(w.trx, body.groupIds);
        if (issues.length > 0) throw invalidInput(issues);
        const after = await usersRepository.update(w.trx, params.id, body);
        if (passwordHash) await usersRepository.setPassword(w.trx, params.id, passwordHash, true);
        if (body.disabled || passwordHash) await sessionsRepository.removeForUser(w.trx, params.id);
        await w.audit({
          action: 'update',
          resource: 'users',
          resourceId: params.id,
          before,
          after: { ...after, ...(passwordHash ? { passwordReset: true } : {}) },
        });
        return usersRepository.get(w.trx, params.id);
      });
      // Its live feeds end: reopened, they are judged by the account as it now is.
      deps.userStreams.close(params.id);
      return c.json(user, 200);
    },
  );
}
