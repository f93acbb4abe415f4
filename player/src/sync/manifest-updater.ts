import type { Manifest, MediaRef } from '@bangtin/shared';
import { MEDIA_CACHE } from '../storage/cache-names.js';
import { saveCurrentManifest } from '../storage/manifest-store.js';
import type { PlayerDb } from '../storage/player-db.js';
import type { ApiClient } from './api-client.js';
import { fetchManifest } from './fetch-manifest.js';
import { acceptManifest } from './manifest-acceptance.js';
import { type SyncProgress, syncMedia } from './media-sync.js';

export type UpdateOutcome = 'unchanged' | 'updated';

export interface ManifestUpdaterDeps {
  api: ApiClient;
  db: PlayerDb;
  /** The version playing or about to play; the one `If-None-Match` names. */
  currentVersion(): string | null;
  /** Called once the new manifest's media are verified and it is stored as current. */
  accepted(manifest: Manifest): void;
  progress(progress: SyncProgress): void;
}

/**
 * Fetches a newer manifest, checks it, downloads and verifies every file it lacks, and only
 * then stores it as current. Any failure throws and leaves the last good version in place.
 * Concurrent requests share one run, plus one more if asked for during it.
 */
export class ManifestUpdater {
  #running: Promise<UpdateOutcome> | null = null;
  #again: Promise<UpdateOutcome> | null = null;

  constructor(private readonly deps: ManifestUpdaterDeps) {}

  update(): Promise<UpdateOutcome> {
    if (!this.#running) {
      this.#running = this.#run().finally(() => {
        this.#running = null;
      });
      return this.#running;
    }
    this.#again ??= this.#running
      .catch(() => 'unchanged' as const)
      .then(() => {
        this.#again = null;
        return this.update();
      });
    return this.#again;
  }

  async #run(): Promise<UpdateOutcome> {
    const { api, db } = this.deps;
    const answer = await fetchManifest(api, this.deps.currentVersion());
    if (answer.status === 'unchanged') return 'unchanged';
    const accepted = acceptManifest(answer.body);
    if (!accepted.ok) throw new Error(accepted.reason);
    const { manifest } = accepted;
    if (manifest.version === this.deps.currentVersion()) return 'unchanged';
    const cache = await caches.open(MEDIA_CACHE);
    await syncMedia(manifest.media, cache, (ref) => mediaUrl(api, ref), this.deps.progress);
    await saveCurrentManifest(db, manifest);
    this.deps.accepted(manifest);
    return 'updated';
  }
}

/** The absolute URL a media file is fetched, cached and shown under. */
export function mediaUrl(api: ApiClient, ref: MediaRef): string {
  return api.url(ref.url);
}
