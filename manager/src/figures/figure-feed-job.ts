import type { FigureFeed } from '@bangtin/shared';
import type { ChangeBus } from '../events/change-bus.js';
import { announce } from '../events/remote-changes.js';
import { errorFields, type Logger } from '../logger.js';
import type { ManifestTracker } from '../manifest/manifest-tracker.js';
import { figureFeedsRepository } from '../store/figure-feeds.js';
import type { Store } from '../store/open-store.js';
import { slidesRepository } from '../store/slides.js';
import { fetchSourceText, SOURCE_LIMITS, type SourceLimits } from './fetch-source-text.js';
import { readFigureValues } from './read-figure-values.js';

export interface FigureFeedJobOptions {
  store: Store;
  manifests: ManifestTracker;
  changes: ChangeBus;
  logger: Logger;
  clock: () => number;
  limits?: SourceLimits;
}

/** How often the job looks for sources that are due; each has its own interval, in minutes. */
const TICK_MS = 60_000;

/**
 * Reads each figures source when its interval has passed. A good read stores the values and
 * republishes, so screens get them through the manifest like any change; a failed one keeps the
 * last good values and records why, for the admin.
 */
export class FigureFeedJob {
  #timer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> | null = null;

  constructor(private readonly options: FigureFeedJobOptions) {}

  start(): void {
    this.stop();
    this.#timer = setInterval(() => void this.runDue(), TICK_MS);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Reads every source that is due; a run asked for while one goes on shares it. */
  runDue(): Promise<void> {
    this.#running ??= this.#runDue().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Reads one slide's source now, whatever its interval; the feed as it then stands. */
  async refresh(slideId: string): Promise<FigureFeed | undefined> {
    const feed = await figureFeedsRepository.get(this.options.store.db, slideId);
    if (!feed) return undefined;
    if (await this.#read(feed)) await this.republish();
    return figureFeedsRepository.get(this.options.store.db, slideId);
  }

  async #runDue(): Promise<void> {
    const { store, clock, logger } = this.options;
    try {
      const feeds = await figureFeedsRepository.list(store.db);
      const due = feeds.filter((feed) => isDue(feed, clock()));
      const read = await Promise.all(due.map((feed) => this.#readDue(feed)));
      if (read.some(Boolean)) await this.republish();
    } catch (error) {
      logger.error('reading figures sources failed', errorFields(error));
    }
  }

  /**
   * Reads a due source unless its slide is gone (the source goes with it) or another manager
   * instance on the same store claimed this turn first.
   */
  async #readDue(feed: FigureFeed): Promise<boolean> {
    const { db } = this.options.store;
    const slide = await slidesRepository.get(db, feed.slideId);
    if (slide?.kind !== 'figures') {
      await figureFeedsRepository.remove(db, feed.slideId);
      return false;
    }
    const now = new Date(this.options.clock()).toISOString();
    if (!(await figureFeedsRepository.claim(db, feed.slideId, feed.attemptedAt, now))) return false;
    return this.#read(feed);
  }

  /** Whether the read was good (and so changed what screens show). */
  async #read(feed: FigureFeed): Promise<boolean> {
    const { store, clock, logger } = this.options;
    const text = await fetchSourceText(feed.source.url, this.options.limits ?? SOURCE_LIMITS);
    const reading = 'error' in text ? text : readFigureValues(text.text, feed.source);
    const at = new Date(clock()).toISOString();
    if ('error' in reading) {
      logger.warn('a figures source failed', { slideId: feed.slideId, error: reading.error });
      await figureFeedsRepository.recordFailure(store.db, feed.slideId, reading.error, at);
      return false;
    }
    await figureFeedsRepository.recordSuccess(store.db, feed.slideId, reading.values, at);
    return true;
  }

  /** Recomputes the manifests here and tells the other instances to do the same. */
  async republish(): Promise<void> {
    const told = announce(this.options, { kind: 'content' });
    await this.options.manifests.refresh();
    await told;
  }
}

const isDue = (feed: FigureFeed, now: number) =>
  feed.attemptedAt === null ||
  Date.parse(feed.attemptedAt) + feed.source.refreshMinutes * 60_000 <= now;
