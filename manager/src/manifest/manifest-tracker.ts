import type { Screen } from '@bangtin/shared';
import { loadContent } from '../store/load-content.js';
import { manifestRevisionsRepository, nextRevision } from '../store/manifest-revisions.js';
import type { Store } from '../store/open-store.js';
import { type EncodedManifest, encodeManifest } from './build-manifest.js';
import { lazyGzip } from './gzip-manifest.js';
import { ManifestMemo } from './manifest-memo.js';
import { timeSlicer } from './time-slicer.js';

/** Told which screens' manifests changed, and to what version; and which screens are gone. */
export interface ManifestListener {
  /**
   * With every screen whose version moved: once for the screens listening to this instance,
   * then once for the rest (each call only when it has screens).
   */
  changed(screens: ReadonlyArray<{ screenId: string; version: string }>): void;
  removed(screenId: string): void;
  /** Whether the screen holds an event stream on this instance: its manifest is built first. */
  listening?(screenId: string): boolean;
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
  /**
   * The same, gzip-compressed on the first request that asks for it and kept: every instance
   * holds every screen's manifest, but serves only the screens whose streams it holds.
   */
  gzipped(): Uint8Array<ArrayBuffer>;
  /** Slide id → the longest one showing of it may last, in ms (what plays are checked against). */
  playLimits: Record<string, number>;
}

type StoredRevisions = Map<string, { version: string; revision: number }>;

interface RevisedManifest {
  screenId: string;
  version: string;
  revision: number;
  body: Uint8Array<ArrayBuffer>;
  playLimits: Record<string, number>;
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
    const memo = new ManifestMemo(content);
    const revisions = lazily(() => manifestRevisionsRepository.all(this.store.db));
    // The screens waiting on this instance's streams first: with ten thousand screens over
    // several instances, each builds its own share before the rest.
    const listening: Screen[] = [];
    const others: Screen[] = [];
    for (const screen of content.screens) {
      (this.listener.listening?.(screen.id) ? listening : others).push(screen);
    }
    const moved = [
      ...(await this.#refreshScreens(listening, memo, revisions)),
      ...(await this.#refreshScreens(others, memo, revisions)),
    ];
    const seen = new Set(content.screens.map((screen) => screen.id));
    for (const screenId of [...this.#manifests.keys()]) {
      if (seen.has(screenId)) continue;
      this.#manifests.delete(screenId);
      this.listener.removed(screenId);
    }
    return moved;
  }

  /** Rebuilds these screens' manifests, keeps and reports those that moved; returns their ids. */
  async #refreshScreens(
    screens: readonly Screen[],
    memo: ManifestMemo,
    revisions: () => Promise<StoredRevisions>,
  ): Promise<string[]> {
    const changed: Array<{ screenId: string } & EncodedManifest> = [];
    const pause = timeSlicer();
    for (const screen of screens) {
      const encoded = encodeManifest(screen, memo);
      await pause();
      if (this.#manifests.get(screen.id)?.version === encoded.version) continue;
      changed.push({ screenId: screen.id, ...encoded });
    }
    if (changed.length === 0) return [];
    const revised = await this.#revise(changed, await revisions());
    for (const { screenId, version, revision, body, playLimits } of revised) {
      this.#manifests.set(screenId, {
        version,
        revision,
        etag: `"${version}"`,
        body,
        gzipped: lazyGzip(body),
        playLimits,
      });
    }
    this.listener.changed(revised);
    return revised.map(({ screenId }) => screenId);
  }

  /**
   * Gives each changed manifest the next revision and stores it. The first manifest a process
   * serves a screen goes above the wall clock too, so a restart on a restored backup moves
   * revisions past the ones screens hold. After that, a change moves a screen's revision one
   * above the stored one: every instance on the store, refreshing at the same time, gives a
   * version the same revision (or finds the one another instance stored for it).
   */
  async #revise(changed: Array<{ screenId: string } & EncodedManifest>, stored: StoredRevisions) {
    const { db } = this.store;
    const now = (this.options.clock ?? Date.now)();
    const revised: RevisedManifest[] = [];
    const unsaved: RevisedManifest[] = [];
    for (const { screenId, version, body, playLimits } of changed) {
      const saved = stored.get(screenId);
      const served = this.#manifests.has(screenId);
      // Another instance already stored this very version: its revision stands.
      const found = saved?.version === version && served;
      const revision = found
        ? saved.revision
        : nextRevision(saved?.revision, served ? 0 : now, this.options.revisionFloor);
      const manifest = { screenId, version, revision, body: body(revision), playLimits };
      revised.push(manifest);
      if (!found) unsaved.push(manifest);
    }
    if (unsaved.length > 0) {
      await db.transaction().execute((trx) => manifestRevisionsRepository.saveAll(trx, unsaved));
    }
    return revised;
  }
}

/** Calls `load` once, when first asked (a refresh that changes nothing reads no revisions). */
function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
