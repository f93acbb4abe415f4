import type { DeviceCommand, Heartbeat, QueueCall } from '@bangtin/shared';
import type { PlayQueue } from '../storage/play-queue.js';
import type { ApiClient } from './api-client.js';
import { ApiError } from './api-error.js';
import { backoffDelay } from './backoff.js';
import { runEventStream } from './event-stream.js';
import type { ManifestUpdater } from './manifest-updater.js';
import type { RecentErrors } from './recent-errors.js';
import { sendHeartbeat } from './send-heartbeat.js';
import { uploadPlays } from './upload-plays.js';

export interface SyncStatus {
  offline: boolean;
  problem: string | null;
}

export interface SyncLoopsDeps {
  api: ApiClient;
  updater: ManifestUpdater;
  queue: PlayQueue;
  errors: RecentErrors;
  currentVersion(): string | null;
  showing(): Heartbeat['showing'];
  appVersion: string;
  startedAt: number;
  clockTrusted(): boolean;
  command(command: DeviceCommand): void;
  /** A queue call heard on the event stream. */
  queueCall(call: QueueCall): void;
  /** The event stream connected (true) or dropped (false). */
  streamChanged(connected: boolean): void;
  status(status: SyncStatus): void;
  /** The manager says this screen was revoked (any other 401 only becomes a problem). */
  revoked(): void;
  /** Called after each heartbeat, to persist what should survive a reload. */
  beat(): Promise<void>;
}

const HEARTBEAT_MS = 60_000;
const UPLOAD_MS = 30_000;
// The event stream normally says when to fetch; this catches what a broken stream missed.
const FALLBACK_CHECK_MS = 5 * 60_000;
// A stream down this long (or the browser offline) shows as offline in the status corner.
const OFFLINE_AFTER_MS = 15_000;

/**
 * The background work while the screen plays: the event stream, manifest updates with retry,
 * a periodic conditional fetch, proof-of-play uploads and the heartbeat.
 */
export class SyncLoops {
  readonly #abort = new AbortController();
  #updateFailures = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  #disconnectedAt = Date.now();
  #problem: string | null = null;
  /** The last request failed for want of a network or a manager: offline, not a sync error. */
  #unreachable = false;

  constructor(private readonly deps: SyncLoopsDeps) {}

  start(): void {
    const { api } = this.deps;
    void this.#update();
    runEventStream(
      api,
      {
        manifestVersion: (version, manifest) => {
          if (version !== this.deps.currentVersion()) void this.#update(manifest);
        },
        command: (command) => this.deps.command(command),
        queueCall: (call) => this.deps.queueCall(call),
        connectionChanged: (connected) => {
          this.deps.streamChanged(connected);
          if (this.#connected && !connected) this.#disconnectedAt = Date.now();
          // Back in touch with the manager: send what was played meanwhile, and say it is back,
          // without waiting for the next round.
          if (connected && !this.#connected) {
            void this.#upload();
            void this.#heartbeat();
          }
          this.#connected = connected;
          if (connected) this.#unreachable = false;
          this.#reportStatus();
        },
      },
      this.#abort.signal,
    ).catch((error) => this.#failed(error, 'event stream'));
    this.#every(FALLBACK_CHECK_MS, () => this.#update(), true);
    this.#every(UPLOAD_MS, () => this.#upload());
    this.#every(HEARTBEAT_MS, () => this.#heartbeat());
    setTimeout(() => void this.#heartbeat(), 5_000);
    setInterval(() => this.#reportStatus(), 5_000);
    addEventListener('online', () => {
      void this.#update();
      void this.#upload();
    });
    addEventListener('offline', () => this.#reportStatus());
  }

  /** Asks the manager now (a conditional fetch), e.g. to learn its time after a clock jump. */
  checkNow(): void {
    void this.#update();
  }

  /** With a manifest the stream sent, that one is checked and taken; otherwise it is fetched. */
  async #update(pushed?: unknown): Promise<void> {
    clearTimeout(this.#retryTimer);
    try {
      await this.deps.updater.update(pushed);
      this.#updateFailures = 0;
      this.#unreachable = false;
      this.#setProblem(null);
    } catch (error) {
      this.#failed(error, 'sync');
      const delay = backoffDelay(this.#updateFailures++, { baseMs: 15_000, maxMs: 10 * 60_000 });
      this.#retryTimer = setTimeout(() => void this.#update(), delay);
    }
  }

  async #upload(): Promise<void> {
    try {
      await uploadPlays(this.deps.api, this.deps.queue);
    } catch (error) {
      this.#failed(error, 'play upload', false);
    }
  }

  async #heartbeat(): Promise<void> {
    try {
      const dropped = await this.deps.queue.dropped();
      const errors = this.deps.errors.list();
      if (dropped > 0) errors.push(`play queue full: ${dropped} records dropped`);
      await sendHeartbeat(this.deps.api, {
        manifestVersion: this.deps.currentVersion(),
        appVersion: this.deps.appVersion,
        showing: this.deps.showing(),
        startedAt: this.deps.startedAt,
        clockTrusted: this.deps.clockTrusted(),
        errors,
      });
      await this.deps.beat();
    } catch (error) {
      this.#failed(error, 'heartbeat', false);
    }
  }

  #failed(error: unknown, what: string, shown = true): void {
    if (error instanceof ApiError && error.isRevoked) {
      this.#abort.abort();
      this.deps.revoked();
      return;
    }
    // fetch rejects with a TypeError when nothing answers; a proxy says 502–504 for the manager.
    if (error instanceof TypeError || (error instanceof ApiError && error.isUnreachable)) {
      this.#unreachable = true;
    }
    const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    this.deps.errors.add(message);
    if (shown) this.#setProblem(message);
  }

  #setProblem(problem: string | null): void {
    this.#problem = problem;
    this.#reportStatus();
  }

  #reportStatus(): void {
    const streamDown = !this.#connected && Date.now() - this.#disconnectedAt > OFFLINE_AFTER_MS;
    const offline = !navigator.onLine || streamDown || (this.#unreachable && !this.#connected);
    this.deps.status({ offline, problem: this.#problem });
  }

  /** Runs `task` every `ms` (± 10 % when `jitter`, so that screens spread their requests). */
  #every(ms: number, task: () => Promise<void>, jitter = false): void {
    const next = () => {
      const delay = jitter ? ms * (0.9 + Math.random() * 0.2) : ms;
      setTimeout(() => void task().finally(next), delay);
    };
    next();
  }
}
