/** One observation of the server's clock: the offset it implies and how trustworthy it is. */
export interface ClockSample {
  offsetMs: number;
  roundTripMs: number;
}

/**
 * The offset implied by a response stamped `serverTimeMs` that was requested at `sentAt` and
 * received at `receivedAt` (local ms): the server stamped it, on average, mid-way.
 */
export function sampleClock(serverTimeMs: number, sentAt: number, receivedAt: number): ClockSample {
  const roundTripMs = Math.max(0, receivedAt - sentAt);
  return { offsetMs: serverTimeMs - (sentAt + roundTripMs / 2), roundTripMs };
}

export interface ServerClockOptions {
  /** A correction of the device clock remembered from an earlier session. */
  offsetMs?: number;
  /** No correct reading of the clock can be earlier than this (epoch ms). */
  floorMs?: number;
  localNow?: () => number;
  /** A clock that never jumps (`performance.now()`): the page's time runs on it. */
  monotonicNow?: () => number;
  /** Told why a server time was not believed (for the heartbeat); `waiting`: a second answer may confirm it. */
  rejected?: (reason: string, waiting: boolean) => void;
}

const SAMPLES_KEPT = 8;
/** A change of the corrected time by more than this is a jump: the schedule is looked at again. */
export const CLOCK_JUMP_MS = 2_000;
/** A server time this far from the estimate is believed only when a second answer agrees. */
export const DOUBT_MS = 5 * 60_000;
/** No screen runs this build before it was made: a clock reading earlier is a reset clock. */
export const EARLIEST_PLAUSIBLE_TIME =
  typeof __BUILD_TIME__ === 'number' ? __BUILD_TIME__ : Date.UTC(2025, 0, 1);

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The time of the server, kept on the monotonic clock: once known, a jump of the device clock
 * changes nothing until the server confirms it. A server time below the floor is refused; one
 * far from the estimate waits for the next answer to agree. Listeners hear whenever the time
 * moved by more than CLOCK_JUMP_MS or became trusted.
 */
export class ServerClock {
  #samples: ClockSample[] = [];
  /** now() = monotonicNow() + #baseMs. */
  #baseMs: number;
  #fromServer = false;
  #doubted: ClockSample | null = null;
  #wallMinusMonotonic: number;
  #listeners = new Set<() => void>();
  readonly #floorMs: number;
  readonly #localNow: () => number;
  readonly #monotonicNow: () => number;
  readonly #rejected: (reason: string, waiting: boolean) => void;

  constructor(options: ServerClockOptions = {}) {
    this.#floorMs = options.floorMs ?? EARLIEST_PLAUSIBLE_TIME;
    this.#localNow = options.localNow ?? Date.now;
    this.#monotonicNow = options.monotonicNow ?? (() => performance.now());
    this.#rejected = options.rejected ?? (() => {});
    this.#wallMinusMonotonic = this.#localNow() - this.#monotonicNow();
    this.#baseMs = this.#wallMinusMonotonic + (options.offsetMs ?? 0);
  }

  /** The correction of the device clock (what is remembered for the next session). */
  get offsetMs(): number {
    return this.now() - this.#localNow();
  }

  /** Whether the server answered in this session. */
  get fromServer(): boolean {
    return this.#fromServer;
  }

  /**
   * Whether `now()` can be believed: the server answered in this session, or the reading is not
   * earlier than the floor (a device that booted in 1970 with no network is not believed).
   */
  get trusted(): boolean {
    return this.#fromServer || this.now() >= this.#floorMs;
  }

  /** Epoch ms on the server's clock. */
  now(): number {
    return this.#monotonicNow() + this.#baseMs;
  }

  /** Calls `listener` whenever the corrected time jumped or became trusted. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * A server answer stamped `serverTimeMs`, sent and received at `sentAt` and `receivedAt` on
   * the monotonic clock. Returns false when it was not believed (yet).
   */
  observe(serverTimeMs: number, sentAt: number, receivedAt: number): boolean {
    if (!Number.isFinite(serverTimeMs) || serverTimeMs <= 0) return false;
    if (serverTimeMs < this.#floorMs) {
      this.#rejected(
        `server time ${iso(serverTimeMs)} is before ${iso(this.#floorMs)}: ignored`,
        false,
      );
      return false;
    }
    const sample = sampleClock(serverTimeMs, sentAt, receivedAt);
    if (this.trusted && Math.abs(sample.offsetMs - this.#baseMs) > DOUBT_MS) {
      const agreed =
        this.#doubted && Math.abs(this.#doubted.offsetMs - sample.offsetMs) <= CLOCK_JUMP_MS;
      if (!agreed) {
        this.#doubted = sample;
        this.#rejected(
          `server time ${iso(serverTimeMs)} is far from ${iso(this.now())}: waiting`,
          true,
        );
        return false;
      }
      // Two answers agree: the earlier samples described the clock that was wrong.
      this.#samples = [];
    }
    this.#doubted = null;
    const before = this.#reading();
    this.#fromServer = true;
    this.#samples.push(sample);
    if (this.#samples.length > SAMPLES_KEPT) this.#samples.shift();
    // The shortest round trip bounds the error best (NTP's clock-filter idea).
    const best = this.#samples.reduce((a, b) => (b.roundTripMs <= a.roundTripMs ? b : a));
    this.#baseMs = best.offsetMs;
    this.#notifyIfMoved(before);
    return true;
  }

  /**
   * Compares the device clock with the monotonic one; returns true when it jumped, so that the
   * server is asked. The time shown does not follow, unless it was not trusted and the device
   * now reads a plausible time (NTP setting the clock after an offline boot).
   */
  checkJump(): boolean {
    const wallMinusMonotonic = this.#localNow() - this.#monotonicNow();
    if (Math.abs(wallMinusMonotonic - this.#wallMinusMonotonic) <= CLOCK_JUMP_MS) return false;
    this.#wallMinusMonotonic = wallMinusMonotonic;
    if (!this.trusted && this.#localNow() >= this.#floorMs) {
      this.#baseMs = wallMinusMonotonic;
      this.#notify();
    }
    return true;
  }

  #reading(): { at: number; trusted: boolean } {
    return { at: this.now(), trusted: this.trusted };
  }

  #notifyIfMoved(before: { at: number; trusted: boolean }): void {
    const after = this.#reading();
    if (after.trusted !== before.trusted || Math.abs(after.at - before.at) > CLOCK_JUMP_MS) {
      this.#notify();
    }
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
