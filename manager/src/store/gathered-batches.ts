/**
 * Work on the store done in batches, one at a time: what is asked for while a batch runs gathers
 * for the next. In a restart storm thousands of screens arrive within seconds, and a query (or a
 * commit) each held the store's connections for all of them.
 */
export class GatheredBatches<K, V, R> {
  #running: Promise<unknown> = Promise.resolve();
  #gathering: { items: Map<K, V>; done: Promise<R> } | null = null;

  constructor(private readonly run: (items: ReadonlyMap<K, V>) => Promise<R>) {}

  /** Resolves with the result of the batch the item went into; a later value for a key wins. */
  add(key: K, value: V): Promise<R> {
    if (!this.#gathering) {
      const items = new Map<K, V>();
      const done = this.#running.then(() => {
        this.#gathering = null;
        return this.run(items);
      });
      this.#gathering = { items, done };
      this.#running = done.catch(() => undefined);
    }
    this.#gathering.items.set(key, value);
    return this.#gathering.done;
  }
}
