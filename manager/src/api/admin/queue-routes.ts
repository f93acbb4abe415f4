import {
  QueueCallInputSchema,
  QueueCallSchema,
  QueueSnapshotSchema,
  requiredTextSchema,
} from '@bangtin/shared';
import { z } from 'zod';
import { forbidden } from '../../errors.js';
import { recordQueueCall, SNAPSHOT_CALLS, todaysCalls } from '../../queue/record-queue-call.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { SMALL_BODY_BYTES } from '../read-json-body.js';

/** "Now serving": queue systems and the counter page call numbers to counters. */
export function addQueueRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['queue'];

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/queue/calls',
      summary: 'Call a number to a counter',
      description:
        'Body `{"number": "1023", "counter": "3", "service": "…", "action": "call" | "recall" | "skip"}`. Authorised by an integration key (`Authorization: Bearer …`, made by an admin in settings) or a signed-in user (the counter page). Stored for the day and sent at once to every screen as the event-stream event `queue`. A key limited to some counters gets 403 for the others; a revoked key 401.',
      tags,
      auth: 'queue',
      maxBodyBytes: SMALL_BODY_BYTES,
      body: QueueCallInputSchema,
      responses: {
        202: { description: 'Stored and sent to screens', schema: QueueCallSchema },
      },
    },
    async (c, { body }) => {
      const caller = c.get('queueCaller');
      if (
        'counters' in caller &&
        caller.counters.length > 0 &&
        !caller.counters.includes(body.counter)
      ) {
        throw forbidden('This integration key may not call to that counter', {
          counter: body.counter,
        });
      }
      return c.json(await recordQueueCall(deps, body, caller), 202);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/queue/calls',
      summary: "Today's calls",
      description: `The service center's calls of today, newest first (at most ${SNAPSHOT_CALLS}), of one \`counter\` if given: what the counter page counts on from.`,
      tags,
      auth: 'viewer',
      query: z.object({ counter: requiredTextSchema(16).optional() }),
      responses: { 200: { description: "Today's calls", schema: QueueSnapshotSchema } },
    },
    async (c, { query }) => c.json({ calls: await todaysCalls(deps, query.counter) }),
  );
}
