import type { Manifest, MediaRef } from '@bangtin/shared';
import { MEDIA_CACHE } from '../storage/cache-names.js';
import { saveCurrentManifest } from '../storage/manifest-store.js';
import type { PlayerDb } from '../storage/player-db.js';
import type { ApiClient } from './api-client.js';
import { StorageFullError } from './download-media.js';
import { fetchManifest, type ManifestAnswer } from './fetch-manifest.js';
import { acceptManifest } from './manifest-acceptance.js';
import { pruneMedia, type SyncProgress, syncMedia } from './media-sync.js';

export type UpdateOutcome = 'unchanged' | 'updated';

export interface ManifestUpdaterDeps {
  api: ApiClient;
  db: PlayerDb;
  /** The version playing or about to play; the one `If-None-Match` names. */
  currentVersion(): string | null;
  /** The revision playing or about to play: an older one is refused (a replay, a rollback). */
  currentRevision(): number;
  /** The files of the version playing: never removed to make room. */
  currentMedia(): readonly MediaRef[];
  /** Called once the new manifest's media are verified and it is stored as current. */
  accepted(manifest: Manifest): void;
  progress(progress: SyncProgress): void;
}

/**
 * Fetches a newer manifest, checks it, downloads and verifies every file it lacks, and only
 * then stores it as current. Any failure throws and leaves the last good version in place.
 * Runs one at a time: an update asked for during another runs once after it, and pruning
 * waits its turn, so that it never deletes a file an update has just verified.
 */
export class ManifestUpdater {
  #tail: Promise<unknown> = Promise.resolve();
  #queued: Promise<UpdateOutcome> | null = null;
  /** The newest manifest stored as current; its files are kept even before it plays. */
  #latest: Manifest | null = null;

  constructor(private readonly deps: ManifestUpdaterDeps) {}

  /**
   * Fetches the manifest if it changed. With `pushed` (a manifest the event stream sent), that
   * one is checked in its turn as a fetched one would be, and the manager is not asked.
   */
  update(pushed?: unknown): Promise<UpdateOutcome> {
    if (pushed !== undefined) return this.#exclusive(() => this.#run(pushed));
    this.#queued ??= this.#exclusive(() => {
      this.#queued = null;
      return this.#run();
    });
    return this.#queued;
  }

  /** Deletes cached files that neither `playing` nor the newest stored manifest needs. */
  prune(playing: Manifest): Promise<number> {
    return this.#exclusive(() => this.#pruneAllBut(playing.media));
  }

  /** Runs inside `#exclusive` only. */
  async #pruneAllBut(media: readonly MediaRef[]): Promise<number> {
    const keep = new Set(
      [...media, ...(this.#latest?.media ?? [])].map((ref) => mediaUrl(this.deps.api, ref)),
    );
    return pruneMedia(await caches.open(MEDIA_CACHE), keep);
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  async #run(pushed?: unknown): Promise<UpdateOutcome> {
    const { api, db } = this.deps;
    const answer: ManifestAnswer =
      pushed === undefined
        ? await fetchManifest(api, this.deps.currentVersion())
        : { status: 'changed', body: pushed };
    if (answer.status === 'unchanged') return 'unchanged';
    const accepted = acceptManifest(answer.body);
    if (!accepted.ok) throw new Error(accepted.reason);
    const { manifest } = accepted;
    if (manifest.version === this.deps.currentVersion()) return 'unchanged';
    const held = Math.max(this.deps.currentRevision(), this.#latest?.revision ?? 0);
    if (manifest.revision < held) {
      throw new Error(`manifest revision ${manifest.revision} is older than ${held}: refused`);
    }
    const cache = await caches.open(MEDIA_CACHE);
    try {
      await syncMedia(manifest.media, cache, (ref) => mediaUrl(api, ref), this.deps.progress);
    } catch (error) {
      // Make room for the next try: drop what neither the playing nor the new version needs.
      if (error instanceof StorageFullError) {
        await this.#pruneAllBut([...this.deps.currentMedia(), ...manifest.media]);
      }
      throw error;
    }
    await saveCurrentManifest(db, manifest);
    this.#latest = manifest;
    this.deps.accepted(manifest);
    return 'updated';
  }
}

/** The absolute URL a media file is fetched, cached and shown under. */
export function mediaUrl(api: ApiClient, ref: MediaRef): string {
  return api.url(ref.url);
}
