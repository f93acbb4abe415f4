import type { ContentSnapshot } from '../store/load-content.js';

/**
 * A member of the manifest's text that many screens share (the slides, procedures, playlists a
 * group plays): encoded, hashed and compressed once per content snapshot, not once per screen.
 */
export interface SharedRun {
  bytes: Uint8Array;
  /** What stands for it in the version's hash: its name and the hash of its text. */
  digest: string;
  /** Its raw deflate, flushed to a byte boundary, so it can sit between other segments. */
  deflated(): Uint8Array;
}

/**
 * What the manifests built from one content snapshot share. Screens that play the same
 * playlists get the very same lists (and their canonical text is written once): ten thousand
 * screens usually play a handful of playlists and differ in little but their own name.
 */
export class ManifestMemo {
  /** The canonical JSON text of each object already written (see canonical-json.ts). */
  readonly texts = new WeakMap<object, string>();
  #parts = new Map<string, unknown>();
  #runs = new WeakMap<object, Map<string, SharedRun>>();

  constructor(readonly content: ContentSnapshot) {}

  /** The one value for `key` in this snapshot, made by `make` the first time it is asked. */
  shared<T>(key: string, make: () => T): T {
    if (this.#parts.has(key)) return this.#parts.get(key) as T;
    const made = make();
    this.#parts.set(key, made);
    return made;
  }

  /** The one encoded run of `value` as the manifest's member `key`, made the first time. */
  run(value: object, key: string, make: () => SharedRun): SharedRun {
    const byKey = this.#runs.get(value) ?? new Map<string, SharedRun>();
    this.#runs.set(value, byKey);
    const known = byKey.get(key);
    if (known) return known;
    const made = make();
    byKey.set(key, made);
    return made;
  }
}
