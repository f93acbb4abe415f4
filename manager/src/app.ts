import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { createAdminApi } from './api/admin/index.js';
import { createApiRouter } from './api/api-router.js';
import type { AppEnv } from './api/app-env.js';
import type { ApiDeps } from './api/deps.js';
import { createDeviceApi } from './api/device/index.js';
import { addDocsRoutes } from './api/docs-routes.js';
import { DeviceTokenCache } from './auth/device-token-cache.js';
import { KnownDevices } from './auth/known-device.js';
import {
  DEFAULT_LOGIN_THROTTLE,
  LoginThrottle,
  type LoginThrottleRules,
} from './auth/login-throttle.js';
import type { ScryptCost } from './auth/password.js';
import { requireDevice } from './auth/require-device.js';
import { requireQueueCaller } from './auth/require-queue-caller.js';
import { requireSession, type SessionRequirement } from './auth/require-session.js';
import type { Config } from './env.js';
import { ApiError, createErrorHandler, handleNotFound } from './errors.js';
import { type ChangeBus, InProcessChangeNetwork } from './events/change-bus.js';
import { applyRemoteChanges } from './events/remote-changes.js';
import { SseHub } from './events/sse-hub.js';
import { UserStreams } from './events/user-streams.js';
import type { SourceLimits } from './figures/fetch-source-text.js';
import { FigureFeedJob } from './figures/figure-feed-job.js';
import { declaresLengthWithin } from './http/declared-length.js';
import { healthRoutes, Readiness } from './http/health-routes.js';
import { createRateLimiters, type RateLimits } from './http/rate-limits.js';
import { refuseNul } from './http/refuse-nul.js';
import { RememberingRouter } from './http/remembering-router.js';
import { securityHeaders } from './http/security-headers.js';
import { serveBuiltApp } from './http/serve-built-app.js';
import { errorFields, type Logger } from './logger.js';
import { ManifestTracker } from './manifest/manifest-tracker.js';
import { createMediaServer } from './media/serve-media.js';
import type { UploadDisk } from './media/upload-disk.js';
import { createMonitor } from './monitoring/create-monitor.js';
import { HeartbeatRecorder } from './monitoring/heartbeat-recorder.js';
import type { MonitoringConfig } from './monitoring/monitoring-config.js';
import type { ScreenMonitor } from './monitoring/screen-monitor.js';
import { recordServedVersions } from './plays/record-served-version.js';
import type { Store } from './store/open-store.js';
import { ScreensMemo } from './store/screens-memo.js';

export interface AppOptions {
  store: Store;
  /** Where media files live, each named by its sha256. */
  mediaDir: string;
  config: Pick<Config, 'maxUploadBytes' | 'publicUrl'> & Partial<Pick<Config, 'trustProxy'>>;
  logger: Logger;
  /** Epoch milliseconds; tests pass their own. */
  clock?: () => number;
  /** The built player; defaults to the repository's `player/dist`. */
  playerDir?: string;
  /** The built admin UI; defaults to the repository's `manager/ui/dist`. */
  adminDir?: string;
  /** Overrides of the default rate limits (tests use small ones). */
  rateLimits?: Partial<RateLimits>;
  /** Overrides of the sign-in throttle (tests use small ones). */
  loginThrottle?: Partial<LoginThrottleRules>;
  /** The scrypt cost of new password hashes; tests pass a cheap one. */
  passwordCost?: ScryptCost;
  /** Offline and stale limits, alert channels (defaults in monitoring-config.ts). */
  monitoring?: Partial<MonitoringConfig>;
  /** No manifest revision below this (epoch ms): `REVISION_FLOOR`, see the README. */
  revisionFloor?: number;
  /** Where uploads are written; tests simulate a full disk. */
  uploadDisk?: UploadDisk;
  /** Change notices between instances on one store; alone, an in-process network of one. */
  changes?: ChangeBus;
  /** How long a figures source may take and how much it may bring (tests use small ones). */
  figureSourceLimits?: SourceLimits;
}

export interface ManagerApp {
  app: Hono<AppEnv>;
  hub: SseHub;
  manifests: ManifestTracker;
  /** The change bus this app publishes to and applies other instances' notices from. */
  changes: ChangeBus;
  /** Drain it when shutting down: `/readyz` then answers 503 so the proxy stops sending work. */
  readiness: Readiness;
  /** Start it to check screens periodically (index.ts does; tests call `check()`). */
  monitor: ScreenMonitor;
  /** Every documented API route with its zod schemas (the authorization and input tests walk it). */
  registry: OpenAPIHono<AppEnv>['openAPIRegistry'];
  /** Start it to read figures sources on their schedule (index.ts does; tests call `runDue()`). */
  figureFeeds: FigureFeedJob;
}

const DEFAULT_PLAYER_DIR = fileURLToPath(new URL('../../player/dist', import.meta.url));
const DEFAULT_ADMIN_DIR = fileURLToPath(new URL('../ui/dist', import.meta.url));

/** JSON bodies beyond this are refused (uploads have their own limit). */
const JSON_BODY_LIMIT = 5 * 1024 * 1024;

/** Composes the manager: API, media, player, docs, security headers and the one error handler. */
export function createApp(options: AppOptions): ManagerApp {
  const { store, logger } = options;
  const clock = options.clock ?? Date.now;
  const hub = new SseHub();
  const screens = new ScreensMemo();
  const monitor = createMonitor({
    store,
    logger,
    clock,
    config: options.monitoring,
    currentVersions: (reported, notStaleSince) =>
      manifests.versionsToJudge(reported, notStaleSince),
  });
  const manifests = new ManifestTracker(
    store,
    {
      changed: (moved) => {
        for (const manifest of moved) hub.publishManifest(manifest.screenId, manifest);
        // After the events: the screens need not wait for this bookkeeping.
        recordServedVersions(store.db, moved, clock()).catch((error: unknown) =>
          logger.error('recording served manifest versions failed', errorFields(error)),
        );
      },
      listening: (screenId) => hub.subscriberCount(screenId) > 0,
      removed: (screenId) => hub.disconnect(screenId),
      reread: (content) => monitor.contentChanged(content),
    },
    {
      clock,
      screens,
      ...(options.revisionFloor ? { revisionFloor: options.revisionFloor } : {}),
    },
  );
  const changes = options.changes ?? new InProcessChangeNetwork().join();
  applyRemoteChanges(changes, { hub, manifests, logger });
  const figureFeeds = new FigureFeedJob({
    store,
    manifests,
    changes,
    logger,
    clock,
    ...(options.figureSourceLimits ? { limits: options.figureSourceLimits } : {}),
  });
  const limits = createRateLimiters(options.rateLimits ?? {}, clock);
  const deviceTokens = new DeviceTokenCache();
  const session = (required: SessionRequirement) => requireSession(store, clock, required);
  const deps: ApiDeps = {
    store,
    screens,
    mediaDir: options.mediaDir,
    config: options.config,
    logger,
    clock,
    hub,
    changes,
    manifests,
    figureFeeds,
    monitor,
    limits,
    loginThrottle: new LoginThrottle(
      { ...DEFAULT_LOGIN_THROTTLE, ...options.loginThrottle },
      clock,
    ),
    knownDevices: new KnownDevices(clock),
    heartbeats: new HeartbeatRecorder(store.db),
    userStreams: new UserStreams(),
    ...(options.passwordCost ? { passwordCost: options.passwordCost } : {}),
    ...(options.uploadDisk ? { uploadDisk: options.uploadDisk } : {}),
    guards: {
      account: session('account'),
      session: session('viewer'),
      viewer: session('viewer'),
      editor: session('editor'),
      approver: session('approver'),
      admin: session('admin'),
      device: requireDevice(store, limits.devicePerToken, deviceTokens),
      queue: requireQueueCaller(store, clock, session('viewer'), limits.queuePerCaller),
    },
  };

  const app = new Hono<AppEnv>({ router: new RememberingRouter() });
  app.onError(createErrorHandler(logger));
  app.notFound(handleNotFound);
  // First, so a proxy's frequent probes cost no middleware.
  const readiness = new Readiness();
  app.route('/', healthRoutes(store.db, readiness));
  const trustProxy = options.config.trustProxy ?? false;
  app.use('*', async (c, next) => {
    c.set('trustProxy', trustProxy);
    await next();
  });
  app.use('*', securityHeaders);

  const publicOrigin = new URL(options.config.publicUrl).origin;
  const editorCsrf = csrf({
    origin: (origin, c) => origin === new URL(c.req.url).origin || origin === publicOrigin,
  });
  const jsonLimit = bodyLimit({
    maxSize: JSON_BODY_LIMIT,
    onError: () => {
      throw new ApiError(413, 'too_large', 'The body is too large');
    },
  });
  app.use('/api/*', refuseNul);
  app.use('/api/*', async (c, next) => {
    // Reading a body's size makes the adapter build a full Request: not for bodiless reads, nor
    // for bodies whose declared length is within the limit.
    const bodiless = c.req.method === 'GET' || c.req.method === 'HEAD';
    const limited = async () => {
      const unlimited = bodiless || declaresLengthWithin(c, JSON_BODY_LIMIT);
      await (unlimited ? next() : jsonLimit(c, next));
    };
    if (c.req.path.startsWith('/api/device/')) return limited();
    // Cookie-authenticated writes: same-origin only (form-like or bodiless requests need a
    // matching Origin or Sec-Fetch-Site); JSON writes are already limited by CORS preflight.
    // Uploads stream to disk under their own limits (media, procedure import).
    const isUpload =
      c.req.method === 'POST' &&
      (c.req.path === '/api/media' || c.req.path === '/api/procedures/import');
    return editorCsrf(c, isUpload ? next : limited);
  });

  const api = createApiRouter();
  api.route('/device', createDeviceApi(deps));
  api.route('/', createAdminApi(deps));
  addDocsRoutes(api);
  app.route('/api', api);
  app.route('/media', createMediaServer(store, options.mediaDir));
  // The counter page is a page of the admin app, which signs staff in first.
  for (const path of ['/queue', '/queue/']) app.get(path, (c) => c.redirect('/admin/#/queue'));
  app.use('*', serveBuiltApp({ dir: options.adminDir ?? DEFAULT_ADMIN_DIR, mount: '/admin' }));
  app.use('*', serveBuiltApp({ dir: options.playerDir ?? DEFAULT_PLAYER_DIR, mount: '' }));

  return {
    app,
    hub,
    changes,
    manifests,
    readiness,
    monitor,
    registry: api.openAPIRegistry,
    figureFeeds,
  };
}
