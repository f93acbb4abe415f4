import { isPreviewPage } from '../platform/is-preview-page.js';
import { openPlayerDb, type PlayerDb } from './player-db.js';
import type { PlayerSettings } from './player-db-schema.js';
import { readSettings } from './settings-store.js';

/** What a starting screen needs from storage before its first slide. */
export interface StartState extends Partial<Pick<PlayerSettings, 'token' | 'clock' | 'manifest'>> {
  db: PlayerDb;
}

/**
 * The player's storage, opened and read as soon as this first module of the bundle evaluates:
 * on a cold start, opening IndexedDB takes longer than evaluating the rest of the player, so
 * the two overlap. Null in preview mode, which keeps nothing.
 */
export const storageAtStart: Promise<StartState> | null = isPreviewPage() ? null : readStartState();

async function readStartState(): Promise<StartState> {
  const db = await openPlayerDb();
  return { db, ...(await readSettings(db, ['token', 'clock', 'manifest'])) };
}
