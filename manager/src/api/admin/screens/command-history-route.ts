import { z } from 'zod';
import { canSeeScreen } from '../../../auth/group-scope.js';
import { notFound } from '../../../errors.js';
import { deviceCommandsRepository } from '../../../store/device-commands.js';
import { screensRepository } from '../../../store/screens.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { LimitSchema } from '../monitoring/monitoring-routes.js';
import { IdParamsSchema } from '../resources/crud-routes.js';

const CommandSchema = z.object({
  id: z.string(),
  command: z.string(),
  sentAt: z.string(),
  sentBy: z.string().nullable(),
  ack: z
    .object({ at: z.string(), status: z.enum(['done', 'failed']), message: z.string().nullable() })
    .nullable(),
});

/** `GET /screens/{id}/commands`: what was sent to a screen (`POST` is in screen-routes.ts). */
export function addCommandHistoryRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/screens/{id}/commands',
      summary: 'Commands sent to a screen and their acknowledgements, newest first',
      tags: ['screens'],
      auth: 'session',
      params: IdParamsSchema,
      query: z.object({ limit: LimitSchema }),
      responses: {
        200: { description: 'Commands', schema: z.object({ items: z.array(CommandSchema) }) },
        404: errorResponse(404),
      },
    },
    async (c, { params, query }) => {
      const screen = await screensRepository.get(deps.store.db, params.id);
      if (!screen || !canSeeScreen(c.get('user'), screen)) throw notFound('Screen');
      const commands = await deviceCommandsRepository.recent(deps.store.db, params.id, query.limit);
      return c.json({ items: commands.map(({ screenId: _, ...command }) => command) }, 200);
    },
  );
}
