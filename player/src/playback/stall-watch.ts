/** What the watch needs from the loop: whether a slide has outstayed its time by `graceMs`. */
export interface Watched {
  isStalled(graceMs: number, now: number): boolean;
}

/** What the watch does about a stuck loop: first push it on, then start the page afresh. */
export interface StallRemedies {
  skip(): void;
  reload(): void;
  report(message: string): void;
}

/**
 * Judges, every `graceMs` of monotonic time, whether the loop is stuck. A check that comes far
 * later than asked (the device slept, the tab was frozen, a test jumped the clock) saw no time
 * pass on screen: it is no evidence of a stuck loop, so it only starts the count afresh —
 * otherwise waking from sleep would skip a slide and the next jump would reload the page.
 */
export class StallWatch {
  #stalls = 0;
  #lastCheck: number;

  constructor(
    private readonly loop: Watched,
    private readonly remedies: StallRemedies,
    readonly graceMs: number,
    now: number,
  ) {
    this.#lastCheck = now;
  }

  check(now: number): void {
    const slept = now - this.#lastCheck > 2 * this.graceMs;
    this.#lastCheck = now;
    if (slept || !this.loop.isStalled(this.graceMs, now)) {
      this.#stalls = 0;
      return;
    }
    this.remedies.report('playback stalled');
    if (this.#stalls++ === 0) this.remedies.skip();
    else this.remedies.reload();
  }
}
