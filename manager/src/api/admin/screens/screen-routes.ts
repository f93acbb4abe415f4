import { randomUUID } from 'node:crypto';
import {
  DEVICE_COMMANDS,
  DeviceCommandSchema,
  requiredTextSchema,
  ScreenInputSchema,
  ScreenSchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { canSeeScreen } from '../../../auth/group-scope.js';
import { claimPairing } from '../../../auth/pairing.js';
import { ApiError, notFound } from '../../../errors.js';
import { announce } from '../../../events/remote-changes.js';
import { clientAddress } from '../../../http/client-address.js';
import { deviceCommandsRepository } from '../../../store/device-commands.js';
import { deviceTokensRepository } from '../../../store/device-tokens.js';
import { screensRepository } from '../../../store/screens.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { IdParamsSchema } from '../resources/crud-routes.js';
import { editorWrite } from '../resources/editor-write.js';

const ClaimSchema = z.object({
  code: z.string().regex(/^\d{6}$/, 'the code has 6 digits'),
  screenId: ScreenSchema.shape.id.optional(),
  name: requiredTextSchema(200).optional(),
});

const CommandBodySchema = z.object({ command: z.enum(DEVICE_COMMANDS) });

const DEFAULT_SCREEN_NAME = 'Màn hình mới';

/** Pairing a player, sending it commands, and revoking its tokens. */
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
        'Binds the waiting player to an existing screen (revoking its earlier tokens) or to a new screen. Codes no player shows count against a per-user limit (429).',
      tags,
      auth: 'admin',
      body: ClaimSchema,
      responses: {
        201: { description: 'The paired screen', schema: ScreenSchema },
        404: errorResponse(404),
        429: errorResponse(429),
      },
    },
    async (c, { body }) => {
      const user = c.get('user');
      deps.limits.claimPerUser.check(user.id);
      let unknownCode = false;
      const screen = await editorWrite(deps, user.id, async (w) => {
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
          unknownCode = true;
          throw new ApiError(404, 'not_found', 'No player is showing that code');
        }
        await w.audit({
          action: 'pair',
          resource: 'screens',
          resourceId: target.id,
          before: existing ?? null,
          after: target,
          address: clientAddress(c),
        });
        return target;
      }).catch((error: unknown) => {
        // Guessing codes is what the limit is for: only misses count.
        if (unknownCode) deps.limits.claimPerUser.count(user.id);
        throw error;
      });
      // The screen's earlier tokens were revoked: close the streams they opened.
      if (body.screenId) {
        deps.hub.disconnect(screen.id);
        await announce(deps, { kind: 'tokens-withdrawn', screenId: screen.id });
      }
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
      auth: 'editor',
      params: IdParamsSchema,
      body: CommandBodySchema,
      responses: {
        202: { description: 'Queued for the screen', schema: DeviceCommandSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params, body }) => {
      const user = c.get('user');
      const command = await editorWrite(deps, user.id, async (w) => {
        const screen = await screensRepository.get(w.trx, params.id);
        if (!screen || !canSeeScreen(user, screen)) throw notFound('Screen');
        const sent = { command: body.command, id: randomUUID() };
        await deviceCommandsRepository.recordSent(w.trx, {
          ...sent,
          screenId: params.id,
          sentAt: w.now,
          sentBy: user.id,
        });
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
      await announce(deps, { kind: 'command', screenId: params.id, command });
      return c.json(command, 202);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/screens/{id}/revoke',
      summary: "Revoke the screen's device tokens",
      description:
        'The player gets 401 from then on and its event stream is closed; pair it again to bring it back.',
      tags,
      auth: 'admin',
      params: IdParamsSchema,
      responses: {
        200: { description: 'The screen, no longer paired', schema: ScreenSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const screen = await editorWrite(deps, c.get('user').id, async (w) => {
        const before = await screensRepository.get(w.trx, params.id);
        if (!before) throw notFound('Screen');
        await deviceTokensRepository.revokeAll(w.trx, params.id, w.now);
        const after = await screensRepository.get(w.trx, params.id);
        await w.audit({
          action: 'revoke',
          resource: 'screens',
          resourceId: params.id,
          before: { paired: before.paired },
          after: { paired: false },
          address: clientAddress(c),
        });
        return after;
      });
      deps.hub.disconnect(params.id);
      await announce(deps, { kind: 'tokens-withdrawn', screenId: params.id });
      return c.json(screen, 200);
    },
  );
}
