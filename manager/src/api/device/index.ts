import { createApiRouter } from '../api-router.js';
import type { ApiDeps } from '../deps.js';
import { addCommandAckRoute } from './command-ack-route.js';
import { addEventsRoute } from './events-route.js';
import { addHeartbeatRoute } from './heartbeat-route.js';
import { addManifestRoute } from './manifest-route.js';
import { addPairRoute } from './pair-route.js';
import { addPlaysRoute } from './plays-route.js';
import { addQueueRoute } from './queue-route.js';
import { stampServerTime } from './server-time.js';

/** What players call, mounted at `/api/device`. Every answer carries `X-Server-Time`. */
export function createDeviceApi(deps: ApiDeps) {
  const router = createApiRouter();
  router.use('*', stampServerTime(deps.clock));
  addPairRoute(router, deps);
  addManifestRoute(router, deps);
  addEventsRoute(router, deps);
  addPlaysRoute(router, deps);
  addHeartbeatRoute(router, deps);
  addCommandAckRoute(router, deps);
  addQueueRoute(router, deps);
  return router;
}
