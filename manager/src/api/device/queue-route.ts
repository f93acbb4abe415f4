import { QueueSnapshotSchema } from '@bangtin/shared';
import { SNAPSHOT_CALLS, todaysCalls } from '../../queue/record-queue-call.js';
import { addRoute } from '../add-route.js';
import type { ApiRouter } from '../app-env.js';
import type { ApiDeps } from '../deps.js';

/** `GET /queue`: today's calls for a screen that (re)connects; new ones come as `queue` events. */
export function addQueueRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/queue',
      summary: "Today's queue calls",
      description: `Newest first, at most ${SNAPSHOT_CALLS}. Each new call then arrives on the event stream as the event \`queue\` (data: the call).`,
      tags: ['device'],
      auth: 'device',
      responses: { 200: { description: "Today's calls", schema: QueueSnapshotSchema } },
    },
    async (c) => c.json({ calls: await todaysCalls(deps) }),
  );
}
