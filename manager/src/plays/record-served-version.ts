import type { ManifestTracker } from '../manifest/manifest-tracker.js';
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
 * Records the current versions of many screens together: a publish changes every screen's
 * manifest in one refresh, and ten thousand single inserts would hold the store's connections
 * (and this process) for seconds.
 */
export async function recordServedVersions(
  db: Db,
  manifests: ManifestTracker,
  screenIds: readonly string[],
  at: number,
): Promise<void> {
  const rows = screenIds.flatMap((screenId) => {
    const served = servedVersionOf(manifests, screenId, at);
    return served ? [{ screenId, served }] : [];
  });
  await servedVersionsRepository.recordAll(db, rows);
}
