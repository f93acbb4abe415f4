import type { Manifest } from '@bangtin/shared';
import { acceptManifest } from '../sync/manifest-acceptance.js';
import { type PlayerDb, writeSetting } from './player-db.js';

/** The stored manifest when there is one and it still parses (the schema may have moved on). */
export function storedManifest(stored: unknown): Manifest | null {
  if (stored === undefined) return null;
  const accepted = acceptManifest(stored);
  return accepted.ok ? accepted.manifest : null;
}

export async function saveCurrentManifest(db: PlayerDb, manifest: Manifest): Promise<void> {
  await writeSetting(db, 'manifest', manifest);
}
