import type { MiddlewareHandler } from 'hono';
import type { KnownDevices } from '../auth/known-device.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { ScryptCost } from '../auth/password.js';
import type { Role } from '../auth/roles.js';
import type { Config } from '../env.js';
import type { ChangeBus } from '../events/change-bus.js';
import type { SseHub } from '../events/sse-hub.js';
import type { UserStreams } from '../events/user-streams.js';
import type { FigureFeedJob } from '../figures/figure-feed-job.js';
import type { RateLimiters } from '../http/rate-limits.js';
import type { Logger } from '../logger.js';
import type { ManifestTracker } from '../manifest/manifest-tracker.js';
import type { UploadDisk } from '../media/upload-disk.js';
import type { HeartbeatRecorder } from '../monitoring/heartbeat-recorder.js';
import type { ScreenMonitor } from '../monitoring/screen-monitor.js';
import type { Store } from '../store/open-store.js';
import type { ScreensMemo } from '../store/screens-memo.js';
import type { AppEnv } from './app-env.js';

/**
 * Who may call a route: also what the OpenAPI document lists as its security. A role admits
 * that role and every stronger one; `session` is any signed-in user (the same as `viewer`);
 * `account` is a signed-in user even before a forced password change (sign-out, the password
 * change itself); `queue` is an integration key or any signed-in user (queue calls).
 */
export type RouteAuth = 'none' | 'device' | 'session' | 'account' | 'queue' | Role;

/** What the API routes are built from. */
export interface ApiDeps {
  store: Store;
  /** The screens as this process last read them: what an editor's write checks against. */
  screens: ScreensMemo;
  mediaDir: string;
  config: Pick<Config, 'maxUploadBytes' | 'publicUrl'> & Partial<Pick<Config, 'trustProxy'>>;
  logger: Logger;
  /** Epoch milliseconds; injected so tests control time. */
  clock: () => number;
  hub: SseHub;
  /** Tells the other manager instances on the same store what this one changed. */
  changes: ChangeBus;
  manifests: ManifestTracker;
  /** Reads figures slides' sources on their schedule, or now. */
  figureFeeds: FigureFeedJob;
  monitor: ScreenMonitor;
  /** Where the screens' heartbeats are stored, those arriving together in one transaction. */
  heartbeats: HeartbeatRecorder;
  limits: RateLimiters;
  loginThrottle: LoginThrottle;
  knownDevices: KnownDevices;
  /** Open monitoring streams per user. */
  userStreams: UserStreams;
  /** The scrypt cost of new password hashes. */
  passwordCost?: ScryptCost;
  /** Where uploads are written (tests simulate a full disk). */
  uploadDisk?: UploadDisk;
  guards: Record<Exclude<RouteAuth, 'none'>, MiddlewareHandler<AppEnv>>;
}
