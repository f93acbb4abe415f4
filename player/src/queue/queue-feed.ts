import type { QueueCall } from '@bangtin/shared';

// A day's calls at a busy center stay far below this; older ones are never shown.
const MAX_CALLS = 500;

type Listener = (live: QueueCall | null) => void;

/**
 * The queue's calls as this screen knows them: today's list from the manager when the event
 * stream (re)connects, then each call as it happens. `connected` is false while the stream is
 * down, so that zones never show what they last heard as current.
 */
export class QueueFeed {
  connected = false;
  /** Newest first. */
  calls: QueueCall[] = [];
  readonly #listeners = new Set<Listener>();

  /** `listener` hears every change, with the call when it is a live one (to announce). */
  listen(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The manager's list of today's calls; calls heard meanwhile are kept. */
  snapshot(calls: readonly QueueCall[]): void {
    const known = new Set(calls.map((call) => call.id));
    this.calls = [...calls, ...this.calls.filter((call) => !known.has(call.id))]
      .sort((a, b) => Date.parse(b.calledAt) - Date.parse(a.calledAt))
      .slice(0, MAX_CALLS);
    this.connected = true;
    this.#notify(null);
  }

  add(call: QueueCall): void {
    if (this.calls.some((known) => known.id === call.id)) return;
    this.calls = [call, ...this.calls].slice(0, MAX_CALLS);
    this.#notify(call);
  }

  disconnected(): void {
    this.connected = false;
    this.#notify(null);
  }

  #notify(live: QueueCall | null): void {
    for (const listener of this.#listeners) listener(live);
  }
}

/** The last number called at each counter (newest first); `counters` empty means every one. */
export function lastCallPerCounter(
  calls: readonly QueueCall[],
  counters: readonly string[],
): QueueCall[] {
  const seen = new Set<string>();
  return calls.filter((call) => {
    if (call.action === 'skip' || seen.has(call.counter)) return false;
    if (counters.length > 0 && !counters.includes(call.counter)) return false;
    seen.add(call.counter);
    return true;
  });
}
