/** The open monitoring streams of each user, so that losing the right to them ends them. */
export class UserStreams {
  #streams = new Map<string, Set<() => void>>();

  /** Registers a stream's `end`; returns the function that removes it. */
  add(userId: string, end: () => void): () => void {
    const set = this.#streams.get(userId) ?? new Set();
    set.add(end);
    this.#streams.set(userId, set);
    return () => {
      set.delete(end);
      if (set.size === 0) this.#streams.delete(userId);
    };
  }

  /** Ends every stream of a user (signed out, disabled, password changed). */
  close(userId: string): void {
    for (const end of this.#streams.get(userId) ?? []) end();
    this.#streams.delete(userId);
  }
}
