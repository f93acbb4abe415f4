import type { StoredClock } from './clock-store.js';
import { settled } from './idb-promises.js';

/** Values kept under fixed keys in the `settings` store. */
export interface PlayerSettings {
  token: string;
  /** The current manifest as received (parsed again when read: the schema may have moved on). */
  manifest: unknown;
  clock: StoredClock;
  playsDropped: number;
}

/**
 * Two object stores: `settings` (values under the keys of PlayerSettings) and `plays`, the
 * proof-of-play queue, whose auto-incremented keys keep arrival order.
 */
export type PlayerDb = IDBDatabase;

export const PLAYER_DB_NAME = 'bang-tin-player';

export function openPlayerDb(name = PLAYER_DB_NAME): Promise<PlayerDb> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore('settings');
    request.result.createObjectStore('plays', { autoIncrement: true });
  };
  return settled(request);
}

const settings = (db: PlayerDb, mode: IDBTransactionMode) =>
  db.transaction('settings', mode).objectStore('settings');

export async function readSetting<K extends keyof PlayerSettings>(
  db: PlayerDb,
  key: K,
): Promise<PlayerSettings[K] | undefined> {
  return (await settled(settings(db, 'readonly').get(key))) as PlayerSettings[K] | undefined;
}

/** Several settings read in one transaction. */
export async function readSettings<K extends keyof PlayerSettings>(
  db: PlayerDb,
  keys: readonly K[],
): Promise<{ [P in K]?: PlayerSettings[P] }> {
  const store = settings(db, 'readonly');
  const values = await Promise.all(keys.map((key) => settled(store.get(key))));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as {
    [P in K]?: PlayerSettings[P];
  };
}

export async function writeSetting<K extends keyof PlayerSettings>(
  db: PlayerDb,
  key: K,
  value: PlayerSettings[K],
): Promise<void> {
  await settled(settings(db, 'readwrite').put(value, key));
}

export async function deleteSetting(db: PlayerDb, key: keyof PlayerSettings): Promise<void> {
  await settled(settings(db, 'readwrite').delete(key));
}
