import type { PlayRecord } from '@bangtin/shared';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { StoredClock } from './clock-store.js';

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
export interface PlayerSchema extends DBSchema {
  settings: { key: keyof PlayerSettings; value: PlayerSettings[keyof PlayerSettings] };
  plays: { key: number; value: PlayRecord };
}

export type PlayerConnection = IDBPDatabase<PlayerSchema>;

type UpgradeTransaction = IDBPTransaction<
  PlayerSchema,
  ArrayLike<StoreNames<PlayerSchema>>,
  'versionchange'
>;

/**
 * Moves a database from one version to the next, inside the upgrade transaction (which it may
 * use to move data; it must not wait on anything but that transaction).
 */
export type SchemaStep = (db: PlayerConnection, tx: UpgradeTransaction) => void;

/** Step `i` takes a database at version `i` to version `i + 1`; a new version appends a step. */
export const SCHEMA_STEPS: readonly SchemaStep[] = [
  (db) => {
    db.createObjectStore('settings');
    db.createObjectStore('plays', { autoIncrement: true });
  },
];

/** Runs the steps from the stored version up: a database at version 1 gets step 1 onwards only. */
export function upgradeFrom(
  steps: readonly SchemaStep[],
  db: PlayerConnection,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): void {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = steps[version];
    if (!step) throw new Error(`player storage: no upgrade step from version ${version}`);
    step(db, tx);
  }
}
