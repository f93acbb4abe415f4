import type { ContentSnapshot } from '../store/load-content.js';

/**
 * What the manifests built from one content snapshot share. Screens that play the same
 * playlists get the very same lists (and their canonical text is written once): ten thousand
 * screens usually play a handful of playlists and differ in little but their own name.
 */
export class ManifestMemo {
  /** The canonical JSON text of each object already written (see canonical-json.ts). */
  readonly texts = new WeakMap<object, string>();
  #parts = new Map<string, unknown>();

  constructor(readonly content: ContentSnapshot) {}

  /** The one value for `key` in this snapshot, made by `make` the first time it is asked. */
  shared<T>(key: string, make: () => T): T {
    if (this.#parts.has(key)) return this.#parts.get(key) as T;
    const made = make();
    this.#parts.set(key, made);
    return made;
  }
}
