import {
  effectiveLayout,
  type Manifest,
  type PlayRecord,
  type Resolution,
  resolveSchedule,
  type Slide,
} from '@bangtin/shared';
import { createPlayRecord, type ShownSlide } from './play-record.js';
import { isSlidePlayable } from './playability.js';
import { nextPlayableIndex } from './playlist-cursor.js';
import { slideDurationMs } from './slide-duration.js';

export type PlaybackState = 'playing' | 'off' | 'idle';

/** One slide to show, with everything the view needs to render it. */
export interface SlidePlan {
  slide: Slide;
  playlistId: string;
  manifest: Manifest;
  durationMs: number;
  /** The page to start on (the preview of what a screen reported); 0 when absent. */
  page?: number;
}

/** Where playback shows things; the stage in the page, a fake in tests. */
export interface PlaybackView {
  /** Prepares the slide hidden, then swaps it in; may ask for more time (scrolling text). */
  showSlide(plan: SlidePlan): Promise<{ minDurationMs: number }>;
  showOff(): void;
  showIdle(): void;
}

export interface Showing {
  state: PlaybackState;
  slideId: string | null;
  playlistId: string | null;
}

export interface PlaybackHooks {
  played(record: PlayRecord): void;
  manifestApplied(manifest: Manifest): void;
  failed(message: string): void;
  /** What the schedule answered (the screen's template may follow the winning entry). */
  resolved?(resolution: Resolution): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The corrected clock; `trusted` false means the time is unknown (a reset device clock). */
export interface PlaybackClock {
  now(): number;
  readonly trusted?: boolean;
}

// Long timers drift and clocks get corrected: look again at least this often.
const MAX_WAIT_MS = 3_600_000;
// After a slide fails to render, wait a little before the next one so failures never spin.
const FAILURE_PAUSE_MS = 2_000;
// Preparing a slide (decoding, layout) past this counts as a stall for the watchdog.
const PREPARE_BUDGET_MS = 30_000;

/**
 * The loop: resolves what plays now on the corrected clock, steps through the playlist by the
 * items' durations, sets one timer for the schedule's next change, records every slide shown,
 * and applies a new manifest (and other deferred work) only between slides — except an urgent
 * notice, which cuts in at once. With no trusted time it plays the default playlist.
 */
export class PlaybackController {
  #manifest: Manifest;
  #pending: Manifest | null = null;
  #boundaryTasks: Array<() => void> = [];
  #resolution: Resolution | null = null;
  #playlistId: string | null = null;
  #index = -1;
  #current: ShownSlide | null = null;
  #showing: Showing = { state: 'idle', slideId: null, playlistId: null };
  #slideTimer: unknown = null;
  #scheduleTimer: unknown = null;
  #generation = 0;
  #stopped = true;
  #slideEndsAt: number | null = null;

  constructor(
    manifest: Manifest,
    private readonly view: PlaybackView,
    private readonly clock: PlaybackClock,
    private readonly hooks: PlaybackHooks,
    private readonly timers: Timers = globalThis,
  ) {
    this.#manifest = manifest;
  }

  get manifest(): Manifest {
    return this.#pending ?? this.#manifest;
  }

  get showing(): Showing {
    return this.#showing;
  }

  /**
   * Whether a slide has outstayed its time, or its preparation its budget, by `graceMs`
   * (monotonic ms, immune to clock jumps): the loop is stuck.
   */
  isStalled(graceMs: number, now = performance.now()): boolean {
    return this.#slideEndsAt !== null && now > this.#slideEndsAt + graceMs;
  }

  start(): void {
    this.#stopped = false;
    void this.#advance();
  }

  stop(): void {
    this.#stopped = true;
    this.#generation++;
    this.#finishCurrent();
    this.timers.clearTimeout(this.#slideTimer);
    this.timers.clearTimeout(this.#scheduleTimer);
  }

  /**
   * Makes `manifest` current at the next slide boundary (now, when no slide is showing, or
   * when it starts or ends an urgent notice: those never wait for the slide to end).
   */
  replaceManifest(manifest: Manifest): void {
    this.#pending = manifest;
    if (this.#current === null || this.#changesInterrupt(manifest)) void this.#advance();
  }

  /** The clock jumped or became trusted: looks at the schedule again, cutting in if it changed. */
  reresolve(): void {
    this.#scheduleDue();
  }

  /** Runs `task` between two slides (now, when no slide is showing). */
  atNextBoundary(task: () => void): void {
    this.#boundaryTasks.push(task);
    if (this.#current === null) void this.#advance();
  }

  /** Ends the current slide early (it failed, or its video ended, while showing). */
  skip(): void {
    void this.#advance();
  }

  async #advance(): Promise<void> {
    if (this.#stopped) return;
    const generation = ++this.#generation;
    this.timers.clearTimeout(this.#slideTimer);
    this.#slideEndsAt = null;
    this.#finishCurrent();
    if (this.#pending) {
      this.#manifest = this.#pending;
      this.#pending = null;
      this.#index = -1;
      this.hooks.manifestApplied(this.#manifest);
    }
    for (const task of this.#boundaryTasks.splice(0)) task();

    const now = this.clock.now();
    const resolution = this.#resolve(now);
    this.#armScheduleTimer(resolution, now);
    const next = resolution.state === 'playing' ? this.#nextItem(resolution.playlistId) : null;
    if (resolution.state === 'off') return this.#showStill('off');
    if (!next) return this.#showStill('idle');

    const { plan, index } = next;
    let minDurationMs = 0;
    this.#slideEndsAt = performance.now() + PREPARE_BUDGET_MS;
    try {
      ({ minDurationMs } = await this.view.showSlide(plan));
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#index = index;
      this.#playlistId = plan.playlistId;
      this.hooks.failed(`slide ${plan.slide.id} failed: ${String(error)}`);
      this.#slideTimer = this.timers.setTimeout(() => void this.#advance(), FAILURE_PAUSE_MS);
      return;
    }
    if (generation !== this.#generation) return;
    this.#slideEndsAt = null;
    this.#index = index;
    this.#playlistId = plan.playlistId;
    this.#current = {
      slideId: plan.slide.id,
      playlistId: plan.playlistId,
      manifestVersion: plan.manifest.version,
      startedAt: this.clock.now(),
      clockTrusted: this.clock.trusted !== false,
    };
    this.#setShowing({ state: 'playing', slideId: plan.slide.id, playlistId: plan.playlistId });
    const durationMs = Math.max(plan.durationMs, minDurationMs);
    this.#slideEndsAt = performance.now() + durationMs;
    this.#slideTimer = this.timers.setTimeout(() => void this.#advance(), durationMs);
  }

  #resolve(now: number): Resolution {
    return this.#setResolution(this.#resolveFor(this.#manifest, now));
  }

  #setResolution(resolution: Resolution): Resolution {
    this.#resolution = resolution;
    this.hooks.resolved?.(resolution);
    return resolution;
  }

  #resolveFor(manifest: Manifest, now: number): Resolution {
    if (this.clock.trusted === false) return unknownTimeResolution(manifest);
    return resolveSchedule(manifest.schedule, manifest.screen, now);
  }

  /** Whether `next` starts, ends or replaces an urgent notice compared with what plays now. */
  #changesInterrupt(next: Manifest): boolean {
    const before = this.#resolution;
    const after = this.#resolveFor(next, this.clock.now());
    if (before?.reason !== 'interrupt' && after.reason !== 'interrupt') return false;
    return before?.entryId !== after.entryId || before?.playlistId !== after.playlistId;
  }

  #nextItem(playlistId: string | null): { plan: SlidePlan; index: number } | null {
    const manifest = this.#manifest;
    const playlist = manifest.playlists.find((p) => p.id === playlistId);
    if (!playlist) return null;
    const slides = new Map(manifest.slides.map((s) => [s.id, s]));
    const from = playlist.id === this.#playlistId ? this.#index : -1;
    const index = nextPlayableIndex(playlist.items.length, from, (i) => {
      const slide = slides.get(playlist.items[i]?.slideId ?? '');
      return slide !== undefined && isSlidePlayable(slide, manifest);
    });
    if (index === null) return null;
    const item = playlist.items[index]!;
    const slide = slides.get(item.slideId)!;
    const durationMs = slideDurationMs(item, slide, manifest);
    return { plan: { slide, playlistId: playlist.id, manifest, durationMs }, index };
  }

  #showStill(state: 'off' | 'idle'): void {
    this.#slideEndsAt = null;
    this.#playlistId = null;
    this.#index = -1;
    if (state === 'off') this.view.showOff();
    else this.view.showIdle();
    this.#setShowing({ state, slideId: null, playlistId: null });
  }

  #armScheduleTimer(resolution: Resolution, now: number): void {
    this.timers.clearTimeout(this.#scheduleTimer);
    const until = resolution.nextChangeAt === null ? MAX_WAIT_MS : resolution.nextChangeAt - now;
    const waitMs = Math.min(MAX_WAIT_MS, Math.max(0, until));
    this.#scheduleTimer = this.timers.setTimeout(() => this.#scheduleDue(), waitMs);
  }

  /** At a schedule change, cut the current slide only when the answer really changed. */
  #scheduleDue(): void {
    const before = this.#resolution;
    const now = this.clock.now();
    const after = this.#resolveFor(this.#manifest, now);
    const same =
      before?.state === after.state &&
      before.playlistId === after.playlistId &&
      sameLayout(this.#manifest, before.entryId, after.entryId);
    if (same && this.#current !== null) {
      this.#setResolution(after);
      this.#armScheduleTimer(after, now);
      return;
    }
    void this.#advance();
  }

  #finishCurrent(): void {
    if (!this.#current) return;
    this.hooks.played(createPlayRecord(this.#current, this.clock.now()));
    this.#current = null;
  }

  #setShowing(showing: Showing): void {
    this.#showing = showing;
  }
}

/** Whether two entries show the same template and zones (a new one would re-lay the slide). */
function sameLayout(manifest: Manifest, a: string | null, b: string | null): boolean {
  if (a === b) return true;
  return (
    JSON.stringify(effectiveLayout(manifest, a)) === JSON.stringify(effectiveLayout(manifest, b))
  );
}

/** With no trusted time the schedule cannot be read: the default playlist beats a blank screen. */
function unknownTimeResolution(manifest: Manifest): Resolution {
  const playlistId = manifest.screen.defaultPlaylistId;
  return {
    state: playlistId ? 'playing' : 'idle',
    playlistId,
    entryId: null,
    reason: playlistId ? 'default' : 'none',
    nextChangeAt: null,
    overlappingEntryIds: [],
  };
}
