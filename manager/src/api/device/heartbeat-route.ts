import { HeartbeatSchema, InstantSchema } from '@bangtin/shared';
import { z } from 'zod';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

/** `POST /heartbeat`: the player's status, stored on its screen. */
export function addHeartbeatRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/heartbeat',
      summary: 'Report status',
      tags: ['device'],
      auth: 'device',
      body: HeartbeatSchema,
      responses: {
        200: { description: 'Stored', schema: z.object({ serverTime: InstantSchema }) },
      },
    },
    async (c, { body }) => {
      const now = new Date(deps.clock()).toISOString();
      await deps.heartbeats.record(c.get('screenId'), body, now);
      await deps.monitor.heartbeat(c.get('screenId'));
      return c.json({ serverTime: now }, 200);
    },
  );
}
