import type { Screen } from '@bangtin/shared';
import { type ContentSnapshot, loadContent } from '../store/load-content.js';
import { manifestRevisionsRepository, nextRevision } from '../store/manifest-revisions.js';
import type { Store } from '../store/open-store.js';
import { ScreensMemo } from '../store/screens-memo.js';
import { type EncodedManifest, encodeManifest } from './build-manifest.js';
import { type ManifestBytes, manifestBytes } from './manifest-bytes.js';
import { ManifestMemo } from './manifest-memo.js';
import { timeSlicer } from './time-slicer.js';

/** Told which screens' manifests changed, and to what version; and which screens are gone. */
export interface ManifestListener {
  /**
   * With the screens whose manifest this instance built at a version other than the one it last
   * gave out for them: at a refresh, the screens listening here; later, each batch of screens
   * that asked (each call only when it has screens).
   */
  changed(screens: ReadonlyArray<{ screenId: string } & ServedManifest>): void;
  removed(screenId: string): void;
  /** The content was read again (this read): any screen's manifest may have moved. */
  reread?(content: ContentSnapshot): void;
  /** Whether the screen holds an event stream on this instance: its manifest is built at once. */
  listening?(screenId: string): boolean;
}

/** What a screen's manifest version lets it play: what plays are checked against. */
export interface ManifestVersion {
  version: string;
  /** Slide id → the longest one showing of it may last, in ms. */
  playLimits: Record<string, number>;
}

/**
 * A screen's manifest as served: built once per content change, not once per request; its bytes
 * (UTF-8 JSON, and gzipped) made on the first request that asks for them.
 */
export interface ServedManifest extends ManifestVersion, ManifestBytes {
  /** Only grows per screen, across restarts and restores (see manifest-revisions.ts). */
  revision: number;
  /** The version as an HTTP entity tag. */
  etag: string;
}

/** A screen's version as this instance gave it out, and when the content giving it was read. */
export interface VersionSince {
  version: string;
  since: number;
}

/** The content every manifest is built from now, read once per refresh. */
interface Snapshot {
  /** When it was read (epoch ms). */
  readAt: number;
  memo: ManifestMemo;
  /** The screens as read (handed out again while they did not change: see screens-memo.ts). */
  read: readonly Screen[];
  screens: Map<string, Screen>;
  /** Manifests encoded from it so far (a version asked before the manifest is). */
  encoded: Map<string, EncodedManifest>;
}

/**
 * Keeps the screens' manifests current. After each content change it builds at once the
 * manifests of the screens whose event streams this instance holds, and tells them; every other
 * screen's manifest is built from the same snapshot when that screen (or the monitor) asks. With
 * ten thousand screens over three instances, each builds its own share, not all of them.
 */
export class ManifestTracker {
  #snapshot: Snapshot | null = null;
  /** The manifests built from the current snapshot (a new snapshot lets the old ones go). */
  #built = new Map<string, ServedManifest>();
  /** The last version and revision this process served each screen. */
  #served = new Map<string, { version: string; revision: number }>();
  /** Refreshes and builds run one at a time: revisions are chosen in order. */
  #running: Promise<unknown> = Promise.resolve();
  /** The refresh that will start once the running work ends; every caller meanwhile shares it. */
  #next: Promise<string[]> | null = null;
  /** The version each screen was last given out at (a build, a stream, the monitor). */
  #givenOut = new Map<string, VersionSince>();
  /** Screens asked for since the last build started, built together by the next. */
  #wanted: { screenIds: Set<string>; built: Promise<unknown> } | null = null;

  /** When this process began (epoch ms): revisions stored since are not from a restored backup. */
  readonly #startedAt: number;
  /** Ten thousand screens are read again only when they changed, not at every refresh. */
  readonly #screens: ScreensMemo;

  constructor(
    private readonly store: Store,
    private readonly listener: ManifestListener,
    private readonly options: {
      clock?: () => number;
      revisionFloor?: number;
      /** The screens as this process last read them, shared with its other readers. */
      screens?: ScreensMemo;
    } = {},
  ) {
    this.#startedAt = (options.clock ?? Date.now)();
    this.#screens = options.screens ?? new ScreensMemo();
  }

  /** The screen's manifest version now, if it is a screen (none before the first refresh). */
  version(screenId: string): string | undefined {
    return this.latest(screenId)?.version;
  }

  /** The screen's manifest version now and what it lets the screen play, without a revision. */
  latest(screenId: string): ManifestVersion | undefined {
    const snapshot = this.#snapshot;
    if (!snapshot) return undefined;
    const latest = this.#built.get(screenId) ?? this.#encoded(snapshot, screenId);
    if (latest) this.#giveOut(screenId, latest.version, snapshot.readAt);
    return latest;
  }

  /**
   * The screen's version now and since when this instance has had it: from the read of the
   * content that moved it, or, for a screen built elsewhere, the first read this one built it from.
   */
  versionSince(screenId: string): VersionSince | undefined {
    return this.latest(screenId) && this.#givenOut.get(screenId);
  }

  /** `versionSince` of many screens, letting the event loop through while it builds them. */
  versionsSince(screenIds: readonly string[]): Promise<Map<string, VersionSince>> {
    return this.versionsToJudge(new Map(screenIds.map((screenId) => [screenId, null])), 0);
  }

  /**
   * `versionsSince` as far as judging whether screens are stale needs it: behind on a version
   * had since before `notStaleSince` (epoch ms). A screen reporting the version last given out
   * for it is not built while the content was read at or after `notStaleSince`: whether its
   * manifest moved at that read (had since then) or not (the version it reports), it is not
   * stale, and the version given out stands. After a publish to ten thousand screens, the
   * monitor's next round would otherwise build every one of them here at once.
   */
  async versionsToJudge(
    reported: ReadonlyMap<string, string | null>,
    notStaleSince: number,
  ): Promise<Map<string, VersionSince>> {
    const versions = new Map<string, VersionSince>();
    const fresh = notStaleSince > 0 && (this.#snapshot?.readAt ?? 0) >= notStaleSince;
    const pause = timeSlicer();
    for (const [screenId, version] of reported) {
      const given = this.#givenOut.get(screenId);
      if (fresh && given && given.version === version && this.#snapshot?.screens.has(screenId)) {
        versions.set(screenId, given);
        continue;
      }
      const known = this.versionSince(screenId);
      if (known) versions.set(screenId, known);
      await pause();
    }
    return versions;
  }

  /**
   * The screen's manifest built from the content as of the last refresh. Asked while a refresh
   * runs, it waits for that refresh; screens asking together are built together.
   */
  async manifest(screenId: string): Promise<ServedManifest | undefined> {
    for (;;) {
      const built = this.#built.get(screenId);
      if (built) return built;
      // A screen this instance has not read yet (paired through another one a moment ago).
      if (!this.#snapshot?.screens.has(screenId)) {
        await this.refresh();
        if (!this.#snapshot?.screens.has(screenId)) return undefined;
      }
      // Again if a newer snapshot came between the build and here.
      await this.#want(screenId);
    }
  }

  /**
   * Reads the content again from a snapshot taken after this call and builds the manifests of
   * the screens listening here; resolves with those whose version moved. Refreshes run one at a
   * time, so reports keep their order, and the calls made while one runs share the next: a
   * burst of writes costs two rebuilds, not one per write.
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

  #want(screenId: string): Promise<unknown> {
    if (!this.#wanted) {
      const screenIds = new Set<string>();
      const built = this.#running.then(() => {
        this.#wanted = null;
        return this.#build([...screenIds], this.#givenOut);
      });
      this.#wanted = { screenIds, built };
      this.#running = built.catch(() => undefined);
    }
    this.#wanted.screenIds.add(screenId);
    return this.#wanted.built;
  }

  async #refresh(): Promise<string[]> {
    const content = await this.store.db
      .transaction()
      .execute((trx) => loadContent(trx, 'published', this.#screens));
    const previous = this.#snapshot;
    this.#built = new Map();
    this.#snapshot = {
      readAt: (this.options.clock ?? Date.now)(),
      memo: new ManifestMemo(content),
      read: content.screens,
      screens:
        previous?.read === content.screens
          ? previous.screens
          : new Map(content.screens.map((screen) => [screen.id, screen])),
      encoded: new Map(),
    };
    const { screens } = this.#snapshot;
    for (const screenId of previous?.screens.keys() ?? []) {
      if (screens.has(screenId)) continue;
      this.#served.delete(screenId);
      this.#givenOut.delete(screenId);
      this.listener.removed(screenId);
    }
    this.listener.reread?.(content);
    // What the listening screens were told before this read: a version asked for meanwhile (by
    // the monitor) must not hide a move from them.
    const told = new Map<string, VersionSince | undefined>();
    for (const screenId of screens.keys()) {
      if (this.listener.listening?.(screenId)) told.set(screenId, this.#givenOut.get(screenId));
    }
    return this.#build([...told.keys()], told);
  }

  #encoded(snapshot: Snapshot, screenId: string): EncodedManifest | undefined {
    const known = snapshot.encoded.get(screenId);
    if (known) return known;
    const screen = snapshot.screens.get(screenId);
    if (!screen) return undefined;
    const encoded = encodeManifest(screen, snapshot.memo);
    snapshot.encoded.set(screenId, encoded);
    return encoded;
  }

  #giveOut(screenId: string, version: string, since: number): void {
    if (this.#givenOut.get(screenId)?.version !== version) {
      this.#givenOut.set(screenId, { version, since });
    }
  }

  /**
   * Builds these screens' manifests from the current snapshot and keeps them; reports those whose
   * version is not the one they were `told`, and returns their ids.
   */
  async #build(
    screenIds: readonly string[],
    told: ReadonlyMap<string, VersionSince | undefined>,
  ): Promise<string[]> {
    const snapshot = this.#snapshot;
    if (!snapshot) return [];
    const changed: Array<{ screenId: string } & EncodedManifest> = [];
    const pause = timeSlicer();
    for (const screenId of screenIds) {
      if (this.#built.has(screenId)) continue;
      const encoded = this.#encoded(snapshot, screenId);
      await pause();
      if (!encoded) continue;
      const served = this.#served.get(screenId);
      if (served?.version === encoded.version) {
        this.#built.set(screenId, servedManifest(encoded, served.revision));
      } else {
        changed.push({ screenId, ...encoded });
      }
    }
    if (changed.length === 0) return [];
    const revised = await this.#revise(changed);
    const moved = revised.filter(
      ({ screenId, version }) => told.get(screenId)?.version !== version,
    );
    for (const { screenId, ...manifest } of revised) {
      this.#built.set(screenId, manifest);
      this.#served.set(screenId, { version: manifest.version, revision: manifest.revision });
      this.#giveOut(screenId, manifest.version, snapshot.readAt);
    }
    if (moved.length > 0) this.listener.changed(moved);
    return moved.map(({ screenId }) => screenId);
  }

  /**
   * Gives each changed manifest the next revision and stores it. The first manifest a process
   * serves a screen goes above the wall clock too, so a restart on a restored backup moves
   * revisions past the ones screens hold; unless the store holds this very version at a revision
   * written since the process began (another instance served it: the screens of a failed
   * instance are taken over without a write each). After that, a change moves a screen's
   * revision one above the stored one: every instance on the store building the same version
   * gives it the same revision (or finds the one another instance stored for it).
   */
  async #revise(changed: Array<{ screenId: string } & EncodedManifest>) {
    const { db } = this.store;
    const stored = await manifestRevisionsRepository.of(
      db,
      changed.map(({ screenId }) => screenId),
    );
    const now = (this.options.clock ?? Date.now)();
    const revised: Array<{ screenId: string } & ServedManifest> = [];
    const unsaved: typeof revised = [];
    for (const { screenId, ...encoded } of changed) {
      const { version } = encoded;
      const saved = stored.get(screenId);
      const served = this.#served.has(screenId);
      const since = Math.max(this.#startedAt, this.options.revisionFloor ?? 0);
      // Another instance already stored this very version: its revision stands.
      const found = saved?.version === version && (served || saved.revision >= since);
      const revision = found
        ? saved.revision
        : nextRevision(saved?.revision, served ? 0 : now, this.options.revisionFloor);
      const manifest = { screenId, ...servedManifest(encoded, revision) };
      revised.push(manifest);
      if (!found) unsaved.push(manifest);
    }
    if (unsaved.length > 0) {
      await db.transaction().execute((trx) => manifestRevisionsRepository.saveAll(trx, unsaved));
    }
    return revised;
  }
}

function servedManifest(encoded: EncodedManifest, revision: number): ServedManifest {
  const { version, playLimits } = encoded;
  return {
    version,
    revision,
    etag: `"${version}"`,
    playLimits,
    ...manifestBytes(encoded.segments(revision)),
  };
}
