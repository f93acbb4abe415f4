import type { PlayRecord } from '@bangtin/shared';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { StoredClock } from './clock-store.js';

/** Values kept under fixed keys in the `settings` store. */
export interface PlayerSettings {
  token: string;
  /** The current manifest as received (parsed again when read: the schema may have moved on). */
  manifest: unknown;
  clock: StoredClock;
  playsDropped: number;
}

export interface PlayerDbSchema extends DBSchema {
  settings: { key: keyof PlayerSettings; value: PlayerSettings[keyof PlayerSettings] };
  /** Proof-of-play queue; auto-incremented keys keep arrival order. */
  plays: { key: number; value: PlayRecord };
}

export type PlayerDb = IDBPDatabase<PlayerDbSchema>;

export const PLAYER_DB_NAME = 'bang-tin-player';

export function openPlayerDb(name = PLAYER_DB_NAME): Promise<PlayerDb> {
  return openDB<PlayerDbSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('settings');
      db.createObjectStore('plays', { autoIncrement: true });
    },
  });
}

export async function readSetting<K extends keyof PlayerSettings>(
  db: PlayerDb,
  key: K,
): Promise<PlayerSettings[K] | undefined> {
  return (await db.get('settings', key)) as PlayerSettings[K] | undefined;
}

export async function writeSetting<K extends keyof PlayerSettings>(
  db: PlayerDb,
  key: K,
  value: PlayerSettings[K],
): Promise<void> {
  await db.put('settings', value, key);
}

export async function deleteSetting(db: PlayerDb, key: keyof PlayerSettings): Promise<void> {
  await db.delete('settings', key);
}
