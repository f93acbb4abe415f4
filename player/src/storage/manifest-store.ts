import type { Manifest } from '@bangtin/shared';
import { acceptManifest } from '../sync/manifest-acceptance.js';
import type { PlayerDb } from './player-db.js';
import { writeSetting } from './settings-store.js';

/** The stored manifest when there is one and it still parses (the schema may have moved on). */
export function storedManifest(stored: unknown): Manifest | null {
  if (stored === undefined) return null;
  const accepted = acceptManifest(stored);
  return accepted.ok ? accepted.manifest : null;
}

/** Resolves once the manifest is on disk: it becomes current only then, even across a power cut. */
export async function saveCurrentManifest(db: PlayerDb, manifest: Manifest): Promise<void> {
  await writeSetting(db, 'manifest', manifest, 'strict');
}
