import { randomUUID } from 'node:crypto';
import { resolveSchedule, type ScheduleEntry, type Screen } from '@bangtin/shared';
import { errorFields, type Logger } from '../logger.js';
import { incidentsRepository, type PendingDelivery } from '../store/incidents.js';
import { loadContent } from '../store/load-content.js';
import type { Db, Store } from '../store/open-store.js';
import { runOnOneInstance } from '../store/run-on-one-instance.js';
import { type StateChange, screenStatesRepository } from '../store/screen-states.js';
import type { SendAlert } from './alert-channels.js';
import { alertPayload } from './alert-message.js';
import { type Assessment, assessScreen } from './assess-screen.js';
import type { MonitoringConfig } from './monitoring-config.js';
import { type ReportedStatus, readReportedStatus } from './screen-facts.js';

/** Told after a screen was looked at (heartbeat or check) and when its state changed. */
export type MonitorListener = (event: { screenId: string; change: StateChange | null }) => void;

export interface ScreenMonitorOptions {
  store: Store;
  /** The manager's current manifest version of a screen. */
  currentVersion(screenId: string): string | undefined;
  clock: () => number;
  logger: Logger;
  config: MonitoringConfig;
  channels: ReadonlyMap<PendingDelivery['channel'], SendAlert>;
}

interface Content {
  /** With the holidays, so that the schedule is read as their players read it. */
  screens: (Screen & { holidays: readonly string[] })[];
  schedule: ScheduleEntry[];
}

const MAX_RETRY_MS = 3_600_000;
const FIRST_RETRY_MS = 30_000;

const iso = (epochMs: number) => new Date(epochMs).toISOString();

/**
 * Judges every screen from its heartbeats and schedule, records each change of state, opens an
 * incident when a screen that should be on goes dark or stale, closes it when the screen is
 * back, and sends one alert per channel for each.
 */
export class ScreenMonitor {
  #content: Content | null = null;
  #latest: Map<string, StateChange> | null = null;
  #versionSince = new Map<string, number>();
  #queue: Promise<unknown> = Promise.resolve();
  #delivery: Promise<void> | null = null;
  #deliverAgain = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #listeners = new Set<MonitorListener>();
  #closers = new Set<() => void>();

  constructor(private readonly options: ScreenMonitorOptions) {}

  /**
   * Checks every screen periodically until `stop()`. Instances sharing a database take turns: a
   * round another instance is checking is skipped here, so that a screen is judged (and alerted
   * about) once, and ten thousand screens cost one check a round, not one per instance.
   */
  start(): void {
    this.stop();
    this.#timer = setInterval(() => {
      runOnOneInstance(this.options.store.db, 'monitor-check', () => this.check()).catch((error) =>
        this.options.logger.error('monitor check failed', errorFields(error)),
      );
    }, this.options.config.checkIntervalSeconds * 1000);
    this.#timer.unref();
  }

  /** Stops the periodic check and ends the live feeds (shutdown). */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    for (const close of this.#closers) close();
  }

  /** A screen's manifest changed (or first became known): its stale clock starts now. */
  manifestChanged(screenId: string): void {
    this.#versionSince.set(screenId, this.options.clock());
    this.#content = null;
  }

  /** A screen was deleted. */
  manifestRemoved(screenId: string): void {
    this.#versionSince.delete(screenId);
    this.#content = null;
  }

  /** A screen reported: judged at once, so that coming back is recorded when it happens. */
  heartbeat(screenId: string): Promise<void> {
    return this.#serial(() => this.#evaluate([screenId]));
  }

  /** Judges every screen and sends the alerts that are due. */
  async check(): Promise<void> {
    await this.#serial(() => this.#evaluate(null));
    // Also retries alerts that failed earlier.
    if (this.options.channels.size > 0) this.#deliver();
    await this.settled();
  }

  /** Resolves once queued work and alert sending are done (tests, shutdown). */
  async settled(): Promise<void> {
    await this.#queue;
    while (this.#delivery) await this.#delivery;
  }

  /** Follows every judgement; `close` is called on shutdown. Returns the unsubscribe. */
  subscribe(listener: MonitorListener, close: () => void = () => {}): () => void {
    this.#listeners.add(listener);
    this.#closers.add(close);
    return () => {
      this.#listeners.delete(listener);
      this.#closers.delete(close);
    };
  }

  /** Every screen's recorded state; with `judgeFirst`, after judging them all again now. */
  async states(judgeFirst = true): Promise<Map<string, StateChange>> {
    if (judgeFirst) await this.#serial(() => this.#evaluate(null));
    return new Map(await this.#latestStates());
  }

  /** The schedule's answer for a screen now (what it should be showing). */
  async scheduled(screenIds: readonly string[]) {
    const content = await this.#loadContent();
    const now = this.options.clock();
    const answers = new Map<string, ReturnType<typeof resolveSchedule>>();
    for (const screen of content.screens) {
      if (!screenIds.includes(screen.id)) continue;
      answers.set(screen.id, resolveSchedule(content.schedule, screen, now));
    }
    return answers;
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #loadContent(): Promise<Content> {
    if (!this.#content) {
      const content = await this.options.store.db.transaction().execute((trx) => loadContent(trx));
      const holidays = content.holidays.map((holiday) => holiday.date);
      const screens = content.screens.map((screen) => ({ ...screen, holidays }));
      this.#content = { screens, schedule: content.schedule };
    }
    return this.#content;
  }

  async #latestStates(): Promise<Map<string, StateChange>> {
    this.#latest ??= await screenStatesRepository.latest(this.options.store.db);
    return this.#latest;
  }

  async #evaluate(screenIds: readonly string[] | null): Promise<void> {
    const { store, clock, config } = this.options;
    const content = await this.#loadContent();
    const latest = await this.#latestStates();
    const reported = await readReportedStatus(store.db, screenIds ?? undefined);
    const open = await incidentsRepository.open(store.db);
    const now = clock();
    const limits = {
      offlineAfterMs: config.offlineAfterSeconds * 1000,
      staleAfterMs: config.staleAfterSeconds * 1000,
      storageWarnRatio: config.storageWarnRatio,
    };
    let queued = false;
    for (const screen of content.screens) {
      const status = reported.get(screen.id);
      if (!status) continue;
      const assessment = assessScreen(this.#facts(screen, status, content.schedule), now, limits);
      const change = await store.db.transaction().execute(async (trx) => {
        const recorded = await this.#record(trx, screen.id, assessment, status, latest, now);
        const incidents = open.filter((incident) => incident.screenId === screen.id);
        queued =
          (await this.#followIncidents(trx, screen.id, assessment, recorded, incidents, now)) ||
          queued;
        return recorded;
      });
      if (change) latest.set(screen.id, change);
      // Every heartbeat is news (what is on screen); a periodic check only when something changed.
      if (!change && screenIds === null) continue;
      for (const listener of this.#listeners) listener({ screenId: screen.id, change });
    }
    if (queued) this.#deliver();
  }

  #facts(screen: Content['screens'][number], status: ReportedStatus, schedule: ScheduleEntry[]) {
    const currentVersion = this.options.currentVersion(screen.id) ?? null;
    return {
      lastSeenAt: status.lastSeenAt ? Date.parse(status.lastSeenAt) : null,
      reportedVersion: status.reportedVersion,
      currentVersion,
      currentVersionSince: this.#versionSince.get(screen.id) ?? null,
      storage: status.storage,
      errors: status.errors,
      clockTrusted: status.clockTrusted,
      isScheduledOff: (at: number) => resolveSchedule(schedule, screen, at).state === 'off',
    };
  }

  /** Stores a change of state or flags; an outage is dated from the last contact. */
  async #record(
    db: Db,
    screenId: string,
    assessment: Assessment,
    status: ReportedStatus,
    latest: Map<string, StateChange>,
    now: number,
  ): Promise<StateChange | null> {
    const previous = latest.get(screenId);
    const sameFlags = previous?.flags.join() === assessment.flags.join();
    if (previous?.state === assessment.state && sameFlags) return null;
    if (!previous && assessment.state === 'unknown' && assessment.flags.length === 0) return null;
    let at = now;
    if (assessment.state === 'offline' && previous?.state !== 'offline' && status.lastSeenAt) {
      at = Math.max(Date.parse(status.lastSeenAt), previous ? Date.parse(previous.at) : 0);
    }
    const change: StateChange = {
      screenId,
      at: iso(at),
      state: assessment.state,
      flags: assessment.flags,
    };
    await screenStatesRepository.record(db, change);
    return change;
  }

  /** Opens and closes incidents; true when an alert was queued. */
  async #followIncidents(
    db: Db,
    screenId: string,
    assessment: Assessment,
    change: StateChange | null,
    open: Awaited<ReturnType<typeof incidentsRepository.open>>,
    now: number,
  ): Promise<boolean> {
    const channels = [...this.options.channels.keys()];
    const at = iso(now);
    let queued = false;
    for (const kind of ['offline', 'stale'] as const) {
      const incident = open.find((i) => i.kind === kind);
      const recovered = assessment.inContact && (kind === 'offline' || !assessment.behind);
      if (incident && recovered) {
        await incidentsRepository.resolve(db, incident.id, at);
        await incidentsRepository.queue(db, incident.id, 'recovered', channels, at);
        queued = true;
      } else if (!incident && assessment.state === kind) {
        const id = randomUUID();
        const startedAt = change?.state === kind ? change.at : at;
        await incidentsRepository.create(db, { id, screenId, kind, startedAt, resolvedAt: null });
        await incidentsRepository.queue(db, id, 'down', channels, at);
        queued = true;
      }
    }
    return queued && channels.length > 0;
  }

  /** Sends due alerts one at a time in the background; a call meanwhile runs one more round. */
  #deliver(): void {
    if (this.#delivery) {
      this.#deliverAgain = true;
      return;
    }
    this.#delivery = this.#deliverDue()
      .catch((error) => this.options.logger.error('sending alerts failed', errorFields(error)))
      .finally(() => {
        this.#delivery = null;
        if (this.#deliverAgain) {
          this.#deliverAgain = false;
          this.#deliver();
        }
      });
  }

  async #deliverDue(): Promise<void> {
    const { store, clock, channels, logger } = this.options;
    for (const delivery of await incidentsRepository.due(store.db, iso(clock()))) {
      const send = channels.get(delivery.channel);
      if (!send) continue;
      const { incident } = delivery;
      // A recovery never overtakes its own alert.
      if (
        delivery.event === 'recovered' &&
        !(await incidentsRepository.wasSent(store.db, incident.id, 'down', delivery.channel))
      ) {
        continue;
      }
      const screen = await store.db
        .selectFrom('screens')
        .select(['name', 'location', 'time_zone as timeZone'])
        .where('id', '=', incident.screenId)
        .executeTakeFirst();
      const payload = alertPayload(incident, delivery.event, {
        id: incident.screenId,
        name: screen?.name ?? incident.screenId,
        location: screen?.location ?? '',
        timeZone: screen?.timeZone ?? 'Asia/Ho_Chi_Minh',
      });
      try {
        await send(payload);
        await incidentsRepository.markSent(store.db, delivery, iso(clock()));
      } catch (error) {
        const retryMs = Math.min(FIRST_RETRY_MS * 2 ** delivery.attempts, MAX_RETRY_MS);
        const message = error instanceof Error ? error.message : String(error);
        logger.warn('alert not sent', {
          channel: delivery.channel,
          incident: incident.id,
          error: message,
        });
        await incidentsRepository.markFailed(store.db, delivery, message, iso(clock() + retryMs));
      }
    }
  }
}
