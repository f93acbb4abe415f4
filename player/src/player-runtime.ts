import {
  type DeviceCommand,
  FALLBACK_TIME_ZONE,
  type Manifest,
  type PlayRecord,
  prepareTimeZone,
} from '@bangtin/shared';
import type { PlayerApp } from './components/player-app.js';
import { SlideEndedEvent } from './events/slide-ended-event.js';
import { SlideFailedEvent } from './events/slide-failed-event.js';
import { keepScreenAwake } from './platform/keep-screen-awake.js';
import { persistStorage } from './platform/persist-storage.js';
import { registerServiceWorker } from './platform/register-service-worker.js';
import { reloadPage } from './platform/reload-guard.js';
import { takeTokenFromUrl } from './platform/take-token-from-url.js';
import { PlaybackController, type PlaybackView } from './playback/playback-controller.js';
import { StallWatch } from './playback/stall-watch.js';
import { QueueConnection } from './queue/queue-connection.js';
import { QueueFeed } from './queue/queue-feed.js';
import { clockOptions, rememberClock } from './storage/clock-store.js';
import { storedManifest } from './storage/manifest-store.js';
import { PlayQueue } from './storage/play-queue.js';
import type { PlayerDb } from './storage/player-db.js';
import { deleteSetting, writeSetting } from './storage/settings-store.js';
import type { StartState } from './storage/storage-at-start.js';
import { ApiClient } from './sync/api-client.js';
import { ManifestUpdater } from './sync/manifest-updater.js';
import { pairDevice } from './sync/pairing.js';
import { RecentErrors } from './sync/recent-errors.js';
import { ServerClock } from './sync/server-clock.js';
import { SyncLoops } from './sync/sync-loops.js';

const STALL_GRACE_MS = 60_000;
// How often the wall clock is compared with the monotonic one to notice a jump.
const CLOCK_CHECK_MS = 2_000;
// A server time in doubt is checked against the next answer this soon, at most once a minute.
const CLOCK_CONFIRM_MS = 5_000;
const CLOCK_CONFIRM_EVERY_MS = 60_000;

/**
 * Boots the screen: token, stored manifest, pairing when needed, first sync, then playback
 * with the background sync loops. Failures become state and never stop the screen.
 */
export class PlayerRuntime {
  readonly #errors = new RecentErrors();
  readonly #startedAt = Date.now();
  #clock = new ServerClock();
  #db!: PlayerDb;
  #api!: ApiClient;
  #controller: PlaybackController | null = null;
  #updater!: ManifestUpdater;
  #loops: SyncLoops | undefined;
  #firstManifest: ((manifest: Manifest) => void) | null = null;
  #clockConfirmAt = -Infinity;
  #queue!: QueueConnection;

  constructor(private readonly app: PlayerApp) {
    // An untrusted time is not shown: the header shows no date rather than a wrong one.
    app.now = () => (this.#clock.trusted ? this.#clock.now() : Number.NaN);
  }

  /** Starts from `storage` as it is being opened (see storage-at-start.ts). */
  async start(storage: Promise<StartState>): Promise<void> {
    // The resolver's first time-zone formatter loads ICU's zone data: done while storage opens.
    prepareTimeZone(FALLBACK_TIME_ZONE);
    const stored = await storage;
    this.#db = stored.db;
    this.#db.reportTo((message) => this.#report(message));
    this.#clock = new ServerClock({
      ...clockOptions(stored.clock, Date.now()),
      rejected: (reason, waiting) => {
        this.#report(`clock: ${reason}`);
        if (!waiting || performance.now() - this.#clockConfirmAt < CLOCK_CONFIRM_EVERY_MS) return;
        this.#clockConfirmAt = performance.now();
        setTimeout(() => this.#loops?.checkNow(), CLOCK_CONFIRM_MS);
      },
    });
    this.#api = new ApiClient(location.origin, this.#clock);
    const handedToken = takeTokenFromUrl();
    if (handedToken) await writeSetting(this.#db, 'token', handedToken);
    const token = handedToken ?? stored.token ?? (await this.#pair());
    this.#api.setToken(token);

    if (!isSecureContext) {
      // Over plain http (not localhost) there is no service worker, Cache Storage or SHA-256.
      this.#report('not a secure context: serve over https or allow the origin in the kiosk');
    }
    void persistStorage();
    keepScreenAwake((message) => this.#report(message));
    if (import.meta.env.PROD) {
      registerServiceWorker(
        (task) => this.#atBoundary(task),
        (message) => this.#report(message),
      );
    }

    const updater = new ManifestUpdater({
      api: this.#api,
      db: this.#db,
      currentVersion: () => this.#controller?.manifest.version ?? null,
      currentRevision: () => this.#controller?.manifest.revision ?? 0,
      currentMedia: () => this.#controller?.manifest.media ?? [],
      accepted: (manifest) => this.#accepted(manifest),
      progress: (progress) => {
        this.app.progress = progress;
      },
    });
    const queue = new PlayQueue(this.#db);
    const played = (record: PlayRecord) =>
      void queue.add(record).catch((e) => this.#report(`play queue: ${e}`));
    const failed = (message: string) => this.#report(message);
    this.app.zoneHooks = { clock: this.#clock, played, failed };
    const feed = new QueueFeed();
    this.app.queueFeed = feed;
    this.#queue = new QueueConnection(this.#api, feed, () => this.app.manifest, failed);
    const loops = new SyncLoops({
      api: this.#api,
      updater,
      queue,
      errors: this.#errors,
      currentVersion: () => this.#controller?.manifest.version ?? null,
      showing: () => this.#showing(),
      appVersion: __APP_VERSION__,
      startedAt: this.#startedAt,
      clockTrusted: () => this.#clock.trusted,
      command: (command) => this.#command(command),
      queueCall: (call) => this.#queue.call(call),
      streamChanged: (connected) => this.#queue.streamChanged(connected),
      status: (status) => {
        this.app.offline = status.offline;
        this.app.problem = status.problem;
      },
      revoked: () => void this.#unpair(),
      beat: () => rememberClock(this.#db, this.#clock),
    });
    this.#updater = updater;
    this.#loops = loops;
    this.#clock.onChange(() => this.#controller?.reresolve());
    setInterval(() => {
      // A device clock that jumped is re-measured against the manager's as soon as it answers.
      if (this.#clock.checkJump()) loops.checkNow();
    }, CLOCK_CHECK_MS);

    const current = storedManifest(stored.manifest);
    if (current) {
      // Syncing starts once the stored manifest is on screen, never competing with its first slide.
      this.#play(current, played, () => loops.start());
    } else {
      this.app.state = 'syncing';
      loops.start();
      const first = await new Promise<Manifest>((resolve) => {
        this.#firstManifest = resolve;
      });
      this.#play(first, played, () => {});
    }
  }

  /** Plays `manifest`; `firstShown` runs once the screen first shows something (or failed to). */
  #play(manifest: Manifest, played: (record: PlayRecord) => void, firstShown: () => void): void {
    this.app.manifest = manifest;
    // The stream may have come up before this first manifest: a queue zone asks for today's calls.
    void this.#queue.refresh();
    const app = this.app;
    let pending: (() => void) | null = firstShown;
    const shown = () => {
      pending?.();
      pending = null;
    };
    const view: PlaybackView = {
      showSlide: async (plan) => {
        try {
          await app.updateComplete;
          const result = await app.stage!.show(plan);
          app.state = 'playing';
          return result;
        } finally {
          shown();
        }
      },
      showOff: () => {
        app.state = 'off';
        app.stage?.clear();
        shown();
      },
      showIdle: () => {
        app.state = 'idle';
        app.stage?.clear();
        shown();
      },
    };
    this.#controller = new PlaybackController(manifest, view, this.#clock, {
      played,
      manifestApplied: (applied) => this.#applied(applied),
      failed: (message) => this.#report(message),
      resolved: (resolution) => {
        app.entryId = resolution.entryId;
      },
    });
    app.addEventListener(SlideFailedEvent.eventName, (event) => {
      this.#report(event.reason);
      this.#controller?.skip();
    });
    app.addEventListener(SlideEndedEvent.eventName, () => this.#controller?.skip());
    this.#controller.start();
    const controller = this.#controller;
    const watch = new StallWatch(
      controller,
      {
        skip: () => controller.skip(),
        reload: () => {
          if (!reloadPage()) this.#report('reload refused: the page reloaded too often');
        },
        report: (message) => this.#report(message),
      },
      STALL_GRACE_MS,
      performance.now(),
    );
    setInterval(() => watch.check(performance.now()), STALL_GRACE_MS);
  }

  #accepted(manifest: Manifest): void {
    if (this.#firstManifest) {
      this.#firstManifest(manifest);
      this.#firstManifest = null;
    } else {
      this.#controller?.replaceManifest(manifest);
    }
  }

  /** Once a manifest plays, files no current manifest needs are removed. */
  #applied(manifest: Manifest): void {
    this.app.manifest = manifest;
    // A queue zone that just appeared gets today's calls without waiting for a reconnection.
    void this.#queue.refresh();
    this.#updater.prune(manifest).catch((error) => this.#report(`media cleanup: ${String(error)}`));
  }

  #showing() {
    const showing = this.#controller?.showing;
    return showing
      ? {
          state: showing.state,
          slideId: showing.slideId,
          playlistId: showing.playlistId,
          page: this.app.stage?.page ?? null,
        }
      : { state: this.app.state, slideId: null, playlistId: null };
  }

  #command(command: DeviceCommand): void {
    switch (command.command) {
      case 'identify':
        this.app.identify();
        void this.#acknowledge(command);
        break;
      case 'resync':
        this.#loops?.checkNow();
        void this.#acknowledge(command);
        break;
      case 'reload':
        // Acknowledged before the page goes away; the reload itself is the proof.
        this.#atBoundary(() => void this.#acknowledge(command).finally(() => reloadPage()));
        break;
    }
  }

  /** Tells the manager the command was carried out; a lost answer only leaves it unconfirmed. */
  async #acknowledge(command: DeviceCommand): Promise<void> {
    try {
      await this.#api.request(`/api/device/commands/${encodeURIComponent(command.id)}/ack`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    } catch (error) {
      this.#errors.add(
        `command acknowledgement: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  #atBoundary(task: () => void): void {
    if (this.#controller) this.#controller.atNextBoundary(task);
    else task();
  }

  /** Shows a pairing code until an editor claims the screen; returns the stored token. */
  async #pair(): Promise<string> {
    this.app.state = 'unpaired';
    const { token } = await pairDevice(
      this.#api,
      (pending) => {
        this.app.pairingCode = pending?.code ?? null;
      },
      () => this.#clock.now(),
      new AbortController().signal,
    );
    await writeSetting(this.#db, 'token', token);
    this.app.state = 'syncing';
    return token;
  }

  /** The manager says the screen was revoked: forget the token, show a pairing code again. */
  async #unpair(): Promise<void> {
    await deleteSetting(this.#db, 'token');
    reloadPage();
  }

  #report(message: string): void {
    this.#errors.add(message);
  }
}
