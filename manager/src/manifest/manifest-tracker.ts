import type { Manifest } from '@bangtin/shared';
import { loadContent } from '../store/load-content.js';
import type { Store } from '../store/open-store.js';
import { buildManifest } from './build-manifest.js';

/** Told which screens' manifests changed, and to what version; and which screens are gone. */
export interface ManifestListener {
  changed(screenId: string, version: string): void;
  removed(screenId: string): void;
}

/**
 * Remembers the last manifest version of every screen and, after each content change,
 * reports exactly the screens whose version moved.
 */
export class ManifestTracker {
  #versions = new Map<string, string>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly listener: ManifestListener,
  ) {}

  /** The last computed version of a screen's manifest. */
  version(screenId: string): string | undefined {
    return this.#versions.get(screenId);
  }

  /** The current manifest of one screen, built from a consistent snapshot. */
  async manifest(screenId: string): Promise<Manifest | undefined> {
    const content = await this.store.db.transaction().execute(loadContent);
    const screen = content.screens.find((s) => s.id === screenId);
    return screen && buildManifest(screen, content);
  }

  /** Recomputes every screen's manifest; runs one at a time so that reports keep their order. */
  refresh(): Promise<string[]> {
    const run = this.#queue.then(() => this.#refresh());
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #refresh(): Promise<string[]> {
    const content = await this.store.db.transaction().execute(loadContent);
    const changed: string[] = [];
    const seen = new Set<string>();
    for (const screen of content.screens) {
      seen.add(screen.id);
      const { version } = buildManifest(screen, content);
      if (this.#versions.get(screen.id) === version) continue;
      this.#versions.set(screen.id, version);
      changed.push(screen.id);
      this.listener.changed(screen.id, version);
    }
    for (const screenId of [...this.#versions.keys()]) {
      if (seen.has(screenId)) continue;
      this.#versions.delete(screenId);
      this.listener.removed(screenId);
    }
    return changed;
  }
}
