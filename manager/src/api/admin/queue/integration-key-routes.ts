import { randomUUID } from 'node:crypto';
import {
  IntegrationKeyCreatedSchema,
  IntegrationKeyInputSchema,
  IntegrationKeySchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { randomToken, sha256Hex } from '../../../auth/tokens.js';
import { notFound } from '../../../errors.js';
import { auditLogRepository } from '../../../store/audit-log.js';
import { integrationKeysRepository } from '../../../store/integration-keys.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';

/** Audit resource names are searched as `[a-z_]+`. */
const AUDITED = 'integration_keys';

/** Bearer tokens for queue systems: made (shown once), listed, revoked by an admin; audited. */
export function addIntegrationKeyRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['integration-keys'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/integration-keys',
      summary: 'List integration keys (never their secrets)',
      tags,
      auth: 'admin',
      responses: {
        200: { description: 'Newest first', schema: z.array(IntegrationKeySchema) },
      },
    },
    async (c) => c.json(await integrationKeysRepository.list(deps.store.db)),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/integration-keys',
      summary: 'Make an integration key',
      description:
        'Body `{"name", "counters": []}` (no counters: every counter). The answer holds the bearer `token`, this once: only its hash is stored.',
      tags,
      auth: 'admin',
      body: IntegrationKeyInputSchema,
      responses: {
        201: { description: 'The key and its token', schema: IntegrationKeyCreatedSchema },
      },
    },
    async (c, { body }) => {
      const token = randomToken();
      const now = new Date(deps.clock()).toISOString();
      const userId = c.get('user').id;
      const key = await deps.store.db.transaction().execute(async (trx) => {
        const made = await integrationKeysRepository.create(trx, {
          id: randomUUID(),
          name: body.name,
          counters: body.counters,
          tokenHash: sha256Hex(token),
          createdBy: userId,
          now,
        });
        await auditLogRepository.record(trx, {
          at: now,
          userId,
          action: 'create',
          resource: AUDITED,
          resourceId: made.id,
          before: null,
          after: made,
        });
        return made;
      });
      return c.json({ ...key, token }, 201);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/integration-keys/{id}/revoke',
      summary: 'Revoke an integration key',
      description: 'Its calls get 401 from now on. Revoking twice answers the same.',
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      responses: {
        200: { description: 'The revoked key', schema: IntegrationKeySchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const now = new Date(deps.clock()).toISOString();
      const userId = c.get('user').id;
      const key = await deps.store.db.transaction().execute(async (trx) => {
        const before = await integrationKeysRepository.find(trx, params.id);
        if (!before) throw notFound('Integration key');
        if (before.revokedAt) return before;
        await integrationKeysRepository.revoke(trx, params.id, now);
        const after = { ...before, revokedAt: now };
        await auditLogRepository.record(trx, {
          at: now,
          userId,
          action: 'revoke',
          resource: AUDITED,
          resourceId: params.id,
          before,
          after,
        });
        return after;
      });
      return c.json(key, 200);
    },
  );
}
