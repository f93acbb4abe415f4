import type { Manifest } from '@bangtin/shared';
import type { ManifestTracker } from '../manifest/manifest-tracker.js';
import type { Db } from '../store/open-store.js';
import { type ServedVersion, servedVersionsRepository } from '../store/served-versions.js';
import { slidePlayLimits } from './slide-play-limits.js';

/** Records the screen's current manifest version as sent to it, from `at` on; returns it. */
export async function recordServedVersion(
  db: Db,
  manifests: ManifestTracker,
  screenId: string,
  at: number,
): Promise<ServedVersion | undefined> {
  const current = manifests.current(screenId);
  if (!current) return undefined;
  const manifest = JSON.parse(Buffer.from(current.body).toString('utf8')) as Manifest;
  const served = {
    version: current.version,
    slides: slidePlayLimits(manifest),
    firstAt: new Date(at).toISOString(),
  };
  await servedVersionsRepository.record(db, screenId, served);
  return served;
}
