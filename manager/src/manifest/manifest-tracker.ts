import { gzipSync } from 'node:zlib';
import type { Manifest } from '@bangtin/shared';
import { loadContent } from '../store/load-content.js';
import type { Store } from '../store/open-store.js';
import { buildManifest } from './build-manifest.js';

/** Told which screens' manifests changed, and to what version; and which screens are gone. */
export interface ManifestListener {
  changed(screenId: string, version: string): void;
  removed(screenId: string): void;
}

const encoder = new TextEncoder();

/** A screen's manifest as served: built once per content change, not once per request. */
export interface ServedManifest {
  version: string;
  /** The manifest as UTF-8 JSON, encoded once. */
  body: Uint8Array<ArrayBuffer>;
  /** The same, gzip-compressed once: manifests of large procedure lists shrink tenfold. */
  gzipped: Uint8Array<ArrayBuffer>;
}

/**
 * Keeps every screen's current manifest and, after each content change, reports exactly the
 * screens whose version moved.
 */
export class ManifestTracker {
  #manifests = new Map<string, ServedManifest>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly listener: ManifestListener,
  ) {}

  /** The last computed version of a screen's manifest. */
  version(screenId: string): string | undefined {
    return this.#manifests.get(screenId)?.version;
  }

  /** The current manifest of one screen, as of the last refresh (after pending ones settle). */
  async manifest(screenId: string): Promise<ServedManifest | undefined> {
    await this.#queue;
    if (!this.#manifests.has(screenId)) await this.refresh();
    return this.#manifests.get(screenId);
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
      const manifest: Manifest = buildManifest(screen, content);
      if (this.#manifests.get(screen.id)?.version === manifest.version) continue;
      const body = encoder.encode(JSON.stringify(manifest));
      const gzipped = new Uint8Array(gzipSync(body));
      this.#manifests.set(screen.id, { version: manifest.version, body, gzipped });
      changed.push(screen.id);
      this.listener.changed(screen.id, manifest.version);
    }
    for (const screenId of [...this.#manifests.keys()]) {
      if (seen.has(screenId)) continue;
      this.#manifests.delete(screenId);
      this.listener.removed(screenId);
    }
    return changed;
  }
}
