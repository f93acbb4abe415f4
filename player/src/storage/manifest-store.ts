import type { Manifest } from '@bangtin/shared';
import { acceptManifest } from '../sync/manifest-acceptance.js';
import { type PlayerDb, readSetting, writeSetting } from './player-db.js';

/** The last good manifest, or null when none is stored or it no longer parses. */
export async function loadCurrentManifest(db: PlayerDb): Promise<Manifest | null> {
  const stored = await readSetting(db, 'manifest');
  if (stored === undefined) return null;
  const accepted = acceptManifest(stored);
  return accepted.ok ? accepted.manifest : null;
}

export async function saveCurrentManifest(db: PlayerDb, manifest: Manifest): Promise<void> {
  await writeSetting(db, 'manifest', manifest);
}
