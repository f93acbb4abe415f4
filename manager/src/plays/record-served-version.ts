import type { ManifestTracker, ManifestVersion } from '../manifest/manifest-tracker.js';
import type { Db } from '../store/open-store.js';
import { type ServedVersion, servedVersionsRepository } from '../store/served-versions.js';

/** The screen's current manifest version as sent to it, from `at` on. */
function servedVersionOf(
  manifests: ManifestTracker,
  screenId: string,
  at: number,
): ServedVersion | undefined {
  const current = manifests.latest(screenId);
  if (!current) return undefined;
  return {
    version: current.version,
    slides: current.playLimits,
    firstAt: new Date(at).toISOString(),
  };
}

/** Records the screen's current manifest version as sent to it, from `at` on; returns it. */
export async function recordServedVersion(
  db: Db,
  manifests: ManifestTracker,
  screenId: string,
  at: number,
): Promise<ServedVersion | undefined> {
  const served = servedVersionOf(manifests, screenId, at);
  if (served) await servedVersionsRepository.record(db, screenId, served);
  return served;
}

/**
 * Records the versions just sent to many screens together: a publish changes every screen's
 * manifest in one refresh, and ten thousand single inserts would hold the store's connections
 * (and this process) for seconds.
 */
export async function recordServedVersions(
  db: Db,
  sent: ReadonlyArray<{ screenId: string } & ManifestVersion>,
  at: number,
): Promise<void> {
  const firstAt = new Date(at).toISOString();
  await servedVersionsRepository.recordAll(
    db,
    sent.map(({ screenId, version, playLimits }) => ({
      screenId,
      served: { version, slides: playLimits, firstAt },
    })),
  );
}
