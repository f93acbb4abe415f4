// IndexedDB in Node (fake-indexeddb), and a database of its own for every test.
import 'fake-indexeddb/auto';
import { PlayerDb, type PlayerDbOptions } from '../../../../player/src/storage/player-db.js';

let made = 0;

export function freshDbName(): string {
  made += 1;
  return `player-test-${made}`;
}

/** A player database, not yet opened, that no other test uses. */
export function freshPlayerDb(options: Omit<PlayerDbOptions, 'name'> = {}): PlayerDb {
  return new PlayerDb({ ...options, name: freshDbName() });
}
