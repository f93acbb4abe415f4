import type { MiddlewareHandler } from 'hono';
import type { Config } from '../env.js';
import type { SseHub } from '../events/sse-hub.js';
import type { Logger } from '../logger.js';
import type { ManifestTracker } from '../manifest/manifest-tracker.js';
import type { Store } from '../store/open-store.js';
import type { AppEnv } from './app-env.js';

/** Who may call a route: also what the OpenAPI document lists as its security. */
export type RouteAuth = 'session' | 'device' | 'device-or-query' | 'none';

/** What the API routes are built from. */
export interface ApiDeps {
  store: Store;
  mediaDir: string;
  config: Pick<Config, 'maxUploadBytes' | 'publicUrl'>;
  logger: Logger;
  /** Epoch milliseconds; injected so tests control time. */
  clock: () => number;
  hub: SseHub;
  manifests: ManifestTracker;
  guards: Record<Exclude<RouteAuth, 'none'>, MiddlewareHandler<AppEnv>>;
}
