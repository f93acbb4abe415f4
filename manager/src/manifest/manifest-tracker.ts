import { loadContent } from '../store/load-content.js';
import { manifestRevisionsRepository, nextRevision } from '../store/manifest-revisions.js';
import type { Store } from '../store/open-store.js';
import { encodeManifest } from './build-manifest.js';
import { gzipManifests } from './gzip-manifests.js';

/** Told which screens' manifests changed, and to what version; and which screens are gone. */
export interface ManifestListener {
  /** Once per refresh, with every screen whose version moved. */
  changed(screens: ReadonlyArray<{ screenId: string; version: string }>): void;
  removed(screenId: string): void;
}

/** A screen's manifest as served: built once per content change, not once per request. */
export interface ServedManifest {
  version: string;
  /** Only grows per screen, across restarts and restores (see manifest-revisions.ts). */
  revision: number;
  /** The version as an HTTP entity tag. */
  etag: string;
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
  #running: Promise<unknown> = Promise.resolve();
  /** The refresh that will start once the running one ends; every caller meanwhile shares it. */
  #next: Promise<string[]> | null = null;

  constructor(
    private readonly store: Store,
    private readonly listener: ManifestListener,
    private readonly options: { clock?: () => number; revisionFloor?: number } = {},
  ) {}

  /** The last computed version of a screen's manifest. */
  version(screenId: string): string | undefined {
    return this.#manifests.get(screenId)?.version;
  }

  /** The screen's manifest as of the last refresh, if it has one yet. */
  current(screenId: string): ServedManifest | undefined {
    return this.#manifests.get(screenId);
  }

  /**
   * The screen's manifest as of the last refresh. A device asking during a refresh gets the
   * previous version at once: the event that follows the refresh tells it to ask again.
   */
  async manifest(screenId: string): Promise<ServedManifest | undefined> {
    const known = this.#manifests.get(screenId);
    if (known) return known;
    await this.refresh();
    return this.#manifests.get(screenId);
  }

  /**
   * Recomputes every screen's manifest from a snapshot taken after this call; resolves with the
   * screens whose version moved. Refreshes run one at a time, so reports keep their order, and
   * the calls made while one runs share the next: a burst of writes costs two rebuilds, not one
   * per write.
   */
  refresh(): Promise<string[]> {
    if (this.#next) return this.#next;
    const next = this.#running.then(() => {
      this.#next = null;
      return this.#refresh();
    });
    this.#next = next;
    this.#running = next.catch(() => undefined);
    return next;
  }

  async #refresh(): Promise<string[]> {
    const content = await this.store.db.transaction().execute(loadContent);
    const memo = new WeakMap<object, string>();
    const changed: Array<{ screenId: string } & ReturnType<typeof encodeManifest>> = [];
    const seen = new Set<string>();
    for (const screen of content.screens) {
      seen.add(screen.id);
      const encoded = encodeManifest(screen, content, memo);
      if (this.#manifests.get(screen.id)?.version === encoded.version) continue;
      changed.push({ screenId: screen.id, ...encoded });
    }
    const moved = await this.#revise(changed);
    const gzipped = await gzipManifests(moved.map(({ body }) => body));
    moved.forEach(({ screenId, version, revision, body }, index) => {
      this.#manifests.set(screenId, {
        version,
        revision,
        etag: `"${version}"`,
        body,
        gzipped: gzipped[index] as Uint8Array<ArrayBuffer>,
      });
    });
    if (moved.length > 0) this.listener.changed(moved);
    for (const screenId of [...this.#manifests.keys()]) {
      if (seen.has(screenId)) continue;
      this.#manifests.delete(screenId);
      this.listener.removed(screenId);
    }
    return moved.map(({ screenId }) => screenId);
  }

  /**
   * Gives each changed manifest the next revision and stores it. Every manifest a process
   * serves first counts as changed, so a restart (or a restored backup) moves revisions on;
   * after that, a version another instance has revised keeps its revision.
   */
  async #revise(changed: Array<{ screenId: string } & ReturnType<typeof encodeManifest>>) {
    if (changed.length === 0) return [];
    const { db } = this.store;
    const stored = await manifestRevisionsRepository.all(db);
    const now = (this.options.clock ?? Date.now)();
    const revised = changed.map(({ screenId, version, body }) => {
      const saved = stored.get(screenId);
      // Another instance on the same store already revised this very version: serve its
      // revision, so a screen moving between instances never sees the revision go back.
      if (saved?.version === version && this.#manifests.has(screenId)) {
        return { screenId, version, revision: saved.revision, body: body(saved.revision) };
      }
      const revision = nextRevision(
        stored.get(screenId)?.revision,
        now,
        this.options.revisionFloor,
      );
      return { screenId, version, revision, body: body(revision) };
    });
    await db.transaction().execute((trx) => manifestRevisionsRepository.saveAll(trx, revised));
    return revised;
  }
}
