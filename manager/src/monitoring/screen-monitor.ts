import { randomUUID } from 'node:crypto';
import { resolveSchedule, type ScheduleEntry, type Screen } from '@bangtin/shared';
import { errorFields, type Logger } from '../logger.js';
import type { VersionSince } from '../manifest/manifest-tracker.js';
import {
  type Incident,
  type IncidentKind,
  incidentsRepository,
  type PendingDelivery,
} from '../store/incidents.js';
import { type ContentSnapshot, loadContent } from '../store/load-content.js';
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
  /**
   * The manager's current manifest version of these screens (id → the version each reports),
   * and since when it has each; as far as telling whether one is stale (behind on a version had
   * since before `notStaleSince`, epoch ms) needs (see `ManifestTracker.versionsToJudge`).
   */
  currentVersions(
    reported: ReadonlyMap<string, string | null>,
    notStaleSince: number,
  ): Promise<ReadonlyMap<string, VersionSince>>;
  clock: () => number;
  logger: Logger;
  config: MonitoringConfig;
  channels: ReadonlyMap<PendingDelivery['channel'], SendAlert>;
}

type ContentScreen = Screen & { holidays: readonly string[] };

interface Content {
  /** With the holidays, so that the schedule is read as their players read it. */
  screens: ContentScreen[];
  byId: Map<string, ContentScreen>;
  schedule: ScheduleEntry[];
}

/** What judging one screen asks of its incidents: those to resolve, the kinds to open. */
interface IncidentWrites {
  resolve: Incident[];
  create: IncidentKind[];
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
  /** The content as last read elsewhere, made into `#content` when a judgement needs it. */
  #read: ContentSnapshot | null = null;
  /** The screens with the holidays, kept while both stand: a publish rarely touches them. */
  #screens: Pick<Content, 'screens' | 'byId'> & { read: Screen[]; holidays: string } = {
    read: [],
    holidays: '',
    screens: [],
    byId: new Map(),
  };
  #latest: Map<string, StateChange> | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #delivery: Promise<void> | null = null;
  #deliverAgain = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #listeners = new Set<MonitorListener>();
  #closers = new Set<() => void>();
  /** Screens whose heartbeats wait for the next judgement, and that judgement. */
  #beating: { screenIds: Set<string>; judged: Promise<void> } | null = null;

  constructor(private readonly options: ScreenMonitorOptions) {}

  /**
   * Checks every screen periodically until `stop()`. Instances sharing a database take turns: a
   * round another instance checked or is checking is skipped here, so that a screen is judged
   * (and alerted about) once, and ten thousand screens cost one check a round, not one per
   * instance.
   */
  start(): void {
    this.stop();
    const everyMs = this.options.config.checkIntervalSeconds * 1000;
    this.#timer = setInterval(() => {
      const round = { at: this.options.clock(), everyMs };
      runOnOneInstance(this.options.store.db, 'monitor-check', round, () => this.check()).catch(
        (error) => this.options.logger.error('monitor check failed', errorFields(error)),
      );
    }, everyMs);
    this.#timer.unref();
  }

  /** Stops the periodic check and ends the live feeds (shutdown). */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    for (const close of this.#closers) close();
  }

  /**
   * The content changed. Given the read that follows the change (the manifest tracker's, on every
   * instance), the next judgement takes the screens and schedule from it; without one, it reads
   * them anew. A round after a publish would otherwise read ten thousand screens once more.
   */
  contentChanged(read?: ContentSnapshot): void {
    this.#content = null;
    this.#read = read ?? null;
  }

  /**
   * A screen reported: judged at once, so that coming back is recorded when it happens. Heartbeats
   * that arrive while a judgement runs are judged together next (a restart storm brings
   * thousands in a few seconds).
   */
  heartbeat(screenId: string): Promise<void> {
    if (!this.#beating) {
      const screenIds = new Set<string>();
      const judged = this.#serial(() => {
        this.#beating = null;
        return this.#evaluate([...screenIds]);
      });
      this.#beating = { screenIds, judged };
    }
    this.#beating.screenIds.add(screenId);
    return this.#beating.judged;
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
      const content =
        this.#read ?? (await this.options.store.db.transaction().execute(loadContent));
      this.#read = null;
      const holidays = content.holidays.map((holiday) => holiday.date);
      const holidaysKey = holidays.join();
      if (this.#screens.read !== content.screens || this.#screens.holidays !== holidaysKey) {
        const screens = content.screens.map((screen) => ({ ...screen, holidays }));
        const byId = new Map(screens.map((screen) => [screen.id, screen]));
        this.#screens = { read: content.screens, holidays: holidaysKey, screens, byId };
      }
      const { screens, byId } = this.#screens;
      this.#content = { screens, byId, schedule: content.schedule };
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
    const open = new Map<string, Incident[]>();
    for (const incident of await incidentsRepository.open(store.db, screenIds ?? undefined)) {
      open.set(incident.screenId, [...(open.get(incident.screenId) ?? []), incident]);
    }
    const screens =
      screenIds === null ? content.screens : screenIds.flatMap((id) => content.byId.get(id) ?? []);
    const now = clock();
    const limits = {
      offlineAfterMs: config.offlineAfterSeconds * 1000,
      staleAfterMs: config.staleAfterSeconds * 1000,
      storageWarnRatio: config.storageWarnRatio,
    };
    const versions = await this.options.currentVersions(
      new Map(
        screens.flatMap((screen) => {
          const status = reported.get(screen.id);
          return status ? [[screen.id, status.reportedVersion]] : [];
        }),
      ),
      now - limits.staleAfterMs,
    );
    const judged: Array<{ screenId: string; change: StateChange | null }> = [];
    const incidentWrites: Array<{
      screenId: string;
      writes: IncidentWrites;
      change: StateChange | null;
    }> = [];
    for (const screen of screens) {
      const status = reported.get(screen.id);
      if (!status) continue;
      const facts = this.#facts(screen, status, content.schedule, versions.get(screen.id));
      const assessment = assessScreen(facts, now, limits);
      const change = this.#changeOf(screen.id, assessment, status, latest.get(screen.id), now);
      const writes = this.#incidentWrites(assessment, open.get(screen.id) ?? []);
      if (writes.resolve.length + writes.create.length > 0) {
        incidentWrites.push({ screenId: screen.id, writes, change });
      }
      // Every heartbeat is news (what is on screen); a periodic check only when something changed.
      if (change || screenIds !== null) judged.push({ screenId: screen.id, change });
    }
    const changes = judged.flatMap(({ change }) => change ?? []);
    let queued = false;
    // Most judgements change nothing; those that do are written together, in one transaction.
    if (changes.length + incidentWrites.length > 0) {
      await store.db.transaction().execute(async (trx) => {
        await screenStatesRepository.record(trx, changes);
        for (const { screenId, writes, change } of incidentWrites) {
          queued = (await this.#writeIncidents(trx, screenId, writes, change, now)) || queued;
        }
      });
      for (const change of changes) latest.set(change.screenId, change);
    }
    for (const event of judged) for (const listener of this.#listeners) listener(event);
    if (queued) this.#deliver();
  }

  #facts(
    screen: Content['screens'][number],
    status: ReportedStatus,
    schedule: ScheduleEntry[],
    current: VersionSince | undefined,
  ) {
    return {
      lastSeenAt: status.lastSeenAt ? Date.parse(status.lastSeenAt) : null,
      reportedVersion: status.reportedVersion,
      currentVersion: current?.version ?? null,
      currentVersionSince: current?.since ?? null,
      storage: status.storage,
      errors: status.errors,
      clockTrusted: status.clockTrusted,
      isScheduledOff: (at: number) => resolveSchedule(schedule, screen, at).state === 'off',
    };
  }

  /** A change of state or flags to store, or null; an outage is dated from the last contact. */
  #changeOf(
    screenId: string,
    assessment: Assessment,
    status: ReportedStatus,
    previous: StateChange | undefined,
    now: number,
  ): StateChange | null {
    const sameFlags = previous?.flags.join() === assessment.flags.join();
    if (previous?.state === assessment.state && sameFlags) return null;
    if (!previous && assessment.state === 'unknown' && assessment.flags.length === 0) return null;
    let at = now;
    if (assessment.state === 'offline' && previous?.state !== 'offline' && status.lastSeenAt) {
      at = Math.max(Date.parse(status.lastSeenAt), previous ? Date.parse(previous.at) : 0);
    }
    return { screenId, at: iso(at), state: assessment.state, flags: assessment.flags };
  }

  /** The screen's open incidents to resolve and the kinds to open. */
  #incidentWrites(assessment: Assessment, open: Incident[]): IncidentWrites {
    const writes: IncidentWrites = { resolve: [], create: [] };
    for (const kind of ['offline', 'stale'] as const) {
      const incident = open.find((i) => i.kind === kind);
      const recovered = assessment.inContact && (kind === 'offline' || !assessment.behind);
      if (incident && recovered) writes.resolve.push(incident);
      else if (!incident && assessment.state === kind) writes.create.push(kind);
    }
    return writes;
  }

  /** Opens and closes incidents; true when an alert was queued. */
  async #writeIncidents(
    db: Db,
    screenId: string,
    writes: IncidentWrites,
    change: StateChange | null,
    now: number,
  ): Promise<boolean> {
    const channels = [...this.options.channels.keys()];
    const at = iso(now);
    for (const incident of writes.resolve) {
      await incidentsRepository.resolve(db, incident.id, at);
      await incidentsRepository.queue(db, incident.id, 'recovered', channels, at);
    }
    for (const kind of writes.create) {
      const id = randomUUID();
      const startedAt = change?.state === kind ? change.at : at;
      await incidentsRepository.create(db, { id, screenId, kind, startedAt, resolvedAt: null });
      await incidentsRepository.queue(db, id, 'down', channels, at);
    }
    return writes.resolve.length + writes.create.length > 0 && channels.length > 0;
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
