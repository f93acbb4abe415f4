import { randomUUID } from 'node:crypto';
import {
  DEVICE_COMMANDS,
  DeviceCommandSchema,
  requiredTextSchema,
  ScreenInputSchema,
  ScreenSchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { claimPairing } from '../../auth/pairing.js';
import { ApiError, notFound } from '../../errors.js';
import { screensRepository } from '../../store/screens.js';
import { addRoute, errorResponse } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { IdParamsSchema } from './crud-routes.js';
import { editorWrite } from './editor-write.js';

const ClaimSchema = z.object({
  code: z.string().regex(/^\d{6}$/, 'the code has 6 digits'),
  screenId: ScreenSchema.shape.id.optional(),
  name: requiredTextSchema(200).optional(),
});

const CommandBodySchema = z.object({ command: z.enum(DEVICE_COMMANDS) });

const DEFAULT_SCREEN_NAME = 'Màn hình mới';

/** Pairing a player and sending it commands. */
export function addScreenRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['screens'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/screens/pair',
      summary: 'Claim the code a player shows',
      description:
        'Binds the waiting player to an existing screen (revoking its earlier tokens) or to a new screen.',
      tags,
      auth: 'session',
      body: ClaimSchema,
      responses: {
        201: { description: 'The paired screen', schema: ScreenSchema },
        404: errorResponse(404),
      },
    },
    async (c, { body }) => {
      const screen = await editorWrite(deps, c.get('user').id, async (w) => {
        const existing = body.screenId
          ? await screensRepository.get(w.trx, body.screenId)
          : undefined;
        if (body.screenId && !existing) throw notFound('Screen');
        const target =
          existing ??
          (await screensRepository.create(
            w.trx,
            randomUUID(),
            ScreenInputSchema.parse({ name: body.name ?? DEFAULT_SCREEN_NAME }),
            w.now,
          ));
        if (!(await claimPairing(w.trx, body.code, target.id, deps.clock()))) {
          throw new ApiError(404, 'not_found', 'No player is showing that code');
        }
        await w.audit({
          action: 'pair',
          resource: 'screens',
          resourceId: target.id,
          before: existing ?? null,
          after: target,
        });
        return target;
      });
      // The screen's earlier tokens were revoked: close the streams they opened.
      if (body.screenId) deps.hub.disconnect(screen.id);
      return c.json(screen, 201);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/screens/{id}/commands',
      summary: 'Send a command to the screen (reload, identify)',
      tags,
      auth: 'session',
      params: IdParamsSchema,
      body: CommandBodySchema,
      responses: {
        202: { description: 'Queued for the screen', schema: DeviceCommandSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params, body }) => {
      const command = await editorWrite(deps, c.get('user').id, async (w) => {
        if (!(await screensRepository.get(w.trx, params.id))) throw notFound('Screen');
        const sent = { command: body.command, id: randomUUID() };
        await w.audit({
          action: 'command',
          resource: 'screens',
          resourceId: params.id,
          before: null,
          after: sent,
        });
        return sent;
      });
      deps.hub.publishCommand(params.id, command);
      return c.json(command, 202);
    },
  );
}
