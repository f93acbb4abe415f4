const MAX_LENGTH = 500;

/**
 * The last few distinct failures, for the heartbeat and the status corner; an error repeated
 * moves to the end instead of filling the list, and old ones age out.
 */
export class RecentErrors {
  #entries = new Map<string, number>();

  constructor(
    private readonly max = 20,
    private readonly maxAgeMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  add(message: string): void {
    const text = cleanMessage(message);
    this.#entries.delete(text);
    this.#entries.set(text, this.now());
    while (this.#entries.size > this.max) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  /** Messages still recent, oldest first. */
  list(): string[] {
    const since = this.now() - this.maxAgeMs;
    return [...this.#entries].filter(([, at]) => at >= since).map(([text]) => text);
  }
}

/** One line of printable text that the heartbeat schema accepts. */
export function cleanMessage(message: string): string {
  const printable = message.replace(/\p{Cc}+/gu, ' ').trim();
  return (printable || 'unknown error').slice(0, MAX_LENGTH);
}
