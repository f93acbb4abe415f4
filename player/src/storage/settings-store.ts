import type { PlayerDb } from './player-db.js';
import type { PlayerSettings } from './player-db-schema.js';

export async function readSetting<K extends keyof PlayerSettings>(
  db: PlayerDb,
  key: K,
): Promise<PlayerSettings[K] | undefined> {
  const connection = await db.connection();
  return (await connection.get('settings', key)) as PlayerSettings[K] | undefined;
}

/** Several settings read in one transaction. */
export async function readSettings<K extends keyof PlayerSettings>(
  db: PlayerDb,
  keys: readonly K[],
): Promise<{ [P in K]?: PlayerSettings[P] }> {
  const store = (await db.connection()).transaction('settings').store;
  const values = await Promise.all(keys.map((key) => store.get(key)));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as {
    [P in K]?: PlayerSettings[P];
  };
}

/**
 * Resolves once the write is committed, rejects with the error that failed it. `strict` waits
 * for the disk to confirm, for what the screen must still have after a power cut.
 */
export async function writeSetting<K extends keyof PlayerSettings>(
  db: PlayerDb,
  key: K,
  value: PlayerSettings[K],
  durability: IDBTransactionDurability = 'default',
): Promise<void> {
  const tx = (await db.connection()).transaction('settings', 'readwrite', { durability });
  await Promise.all([tx.store.put(value, key), tx.done]);
}

export async function deleteSetting(db: PlayerDb, key: keyof PlayerSettings): Promise<void> {
  const tx = (await db.connection()).transaction('settings', 'readwrite');
  await Promise.all([tx.store.delete(key), tx.done]);
}
