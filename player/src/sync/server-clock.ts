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
  /** A correction remembered from an earlier session, used until the server answers. */
  offsetMs?: number;
  /** No correct reading of the clock can be earlier than this (epoch ms). */
  floorMs?: number;
  localNow?: () => number;
  /** A clock that never jumps (`performance.now()`), to notice when the wall clock does. */
  monotonicNow?: () => number;
}

const SAMPLES_KEPT = 8;
/** A change of the corrected time by more than this is a jump: the schedule is looked at again. */
export const CLOCK_JUMP_MS = 2_000;
/** No screen runs this code before it was written: a clock reading earlier is a reset clock. */
export const EARLIEST_PLAUSIBLE_TIME = Date.UTC(2025, 0, 1);

/**
 * The local clock corrected by the server's `X-Server-Time`; trusts the fastest recent answer.
 * It notices jumps of the device clock (NTP setting it after boot, a user changing it) and
 * tells its listeners whenever the corrected time moved by more than CLOCK_JUMP_MS.
 */
export class ServerClock {
  #samples: ClockSample[] = [];
  #offsetMs: number;
  #fromServer = false;
  #wallMinusMonotonic: number;
  #listeners = new Set<() => void>();
  readonly #floorMs: number;
  readonly #localNow: () => number;
  readonly #monotonicNow: () => number;

  constructor(options: ServerClockOptions = {}) {
    this.#offsetMs = options.offsetMs ?? 0;
    this.#floorMs = options.floorMs ?? EARLIEST_PLAUSIBLE_TIME;
    this.#localNow = options.localNow ?? Date.now;
    this.#monotonicNow = options.monotonicNow ?? (() => performance.now());
    this.#wallMinusMonotonic = this.#localNow() - this.#monotonicNow();
  }

  get offsetMs(): number {
    return this.#offsetMs;
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
    return this.#localNow() + this.#offsetMs;
  }

  /** Calls `listener` whenever the corrected time jumped or became trusted. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  observe(serverTimeMs: number, sentAt: number, receivedAt: number): void {
    if (!Number.isFinite(serverTimeMs) || serverTimeMs <= 0) return;
    const before = this.#reading();
    this.#fromServer = true;
    this.#samples.push(sampleClock(serverTimeMs, sentAt, receivedAt));
    if (this.#samples.length > SAMPLES_KEPT) this.#samples.shift();
    // The shortest round trip bounds the error best (NTP's clock-filter idea).
    const best = this.#samples.reduce((a, b) => (b.roundTripMs <= a.roundTripMs ? b : a));
    this.#offsetMs = best.offsetMs;
    this.#notifyIfMoved(before);
  }

  /**
   * Compares the wall clock with the monotonic one; returns true (and tells the listeners)
   * when the device clock jumped. Samples taken before the jump are forgotten, so that the
   * next server answer decides; a correction remembered from an earlier session is dropped,
   * since whatever set the device clock knew better than it.
   */
  checkJump(): boolean {
    const wallMinusMonotonic = this.#localNow() - this.#monotonicNow();
    const jumpMs = wallMinusMonotonic - this.#wallMinusMonotonic;
    if (Math.abs(jumpMs) <= CLOCK_JUMP_MS) return false;
    this.#wallMinusMonotonic = wallMinusMonotonic;
    this.#samples = [];
    if (!this.#fromServer) this.#offsetMs = 0;
    this.#notify();
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
