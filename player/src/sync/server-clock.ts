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

const SAMPLES_KEPT = 8;

/** The local clock corrected by the server's `X-Server-Time`; trusts the fastest recent answer. */
export class ServerClock {
  #samples: ClockSample[] = [];
  #offsetMs: number;

  constructor(
    offsetMs = 0,
    private readonly localNow: () => number = Date.now,
  ) {
    this.#offsetMs = offsetMs;
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** Epoch ms on the server's clock. */
  now(): number {
    return this.localNow() + this.#offsetMs;
  }

  observe(serverTimeMs: number, sentAt: number, receivedAt: number): void {
    if (!Number.isFinite(serverTimeMs) || serverTimeMs <= 0) return;
    this.#samples.push(sampleClock(serverTimeMs, sentAt, receivedAt));
    if (this.#samples.length > SAMPLES_KEPT) this.#samples.shift();
    // The shortest round trip bounds the error best (NTP's clock-filter idea).
    const best = this.#samples.reduce((a, b) => (b.roundTripMs <= a.roundTripMs ? b : a));
    this.#offsetMs = best.offsetMs;
  }
}
