import type { Manifest } from '@bangtin/shared';
import type { ManifestTracker } from '../manifest/manifest-tracker.js';
import { timeSlicer } from '../manifest/time-slicer.js';
import type { Db } from '../store/open-store.js';
import { type ServedVersion, servedVersionsRepository } from '../store/served-versions.js';
import { slidePlayLimits } from './slide-play-limits.js';

/** The screen's current manifest version as sent to it, from `at` on. */
function servedVersionOf(
  manifests: ManifestTracker,
  screenId: string,
  at: number,
): ServedVersion | undefined {
  const current = manifests.current(screenId);
  if (!current) return undefined;
  const manifest = JSON.parse(Buffer.from(current.body).toString('utf8')) as Manifest;
  return {
    version: current.version,
    slides: slidePlayLimits(manifest),
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
  const rows: Array<{ screenId: string; served: ServedVersion }> = [];
  const pause = timeSlicer();
  for (const screenId of screenIds) {
    const served = servedVersionOf(manifests, screenId, at);
    if (served) rows.push({ screenId, served });
    await pause();
  }
  await servedVersionsRepository.recordAll(db, rows);
}
