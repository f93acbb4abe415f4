import type { PlayRecord } from '@bangtin/shared';
import { committed, settled } from './idb-promises.js';
import { excessRecords, PLAY_QUEUE_LIMIT } from './play-queue-policy.js';
import { type PlayerDb, readSetting } from './player-db.js';

export interface PlayBatch {
  keys: number[];
  records: PlayRecord[];
}

/** Proof-of-play records waiting for upload; bounded, dropping (and counting) the oldest. */
export class PlayQueue {
  constructor(
    private readonly db: PlayerDb,
    private readonly limit = PLAY_QUEUE_LIMIT,
  ) {}

  async add(record: PlayRecord): Promise<void> {
    const tx = this.db.transaction(['plays', 'settings'], 'readwrite');
    const done = committed(tx);
    const plays = tx.objectStore('plays');
    plays.add(record);
    const excess = excessRecords(await settled(plays.count()), this.limit);
    if (excess > 0) {
      for (const key of await settled(plays.getAllKeys(null, excess))) plays.delete(key);
      const settings = tx.objectStore('settings');
      const dropped = ((await settled(settings.get('playsDropped'))) as number | undefined) ?? 0;
      settings.put(dropped + excess, 'playsDropped');
    }
    await done;
  }

  /** The oldest `max` records, with the keys to remove them by once uploaded. */
  async oldest(max: number): Promise<PlayBatch> {
    const plays = this.db.transaction('plays').objectStore('plays');
    const [keys, records] = await Promise.all([
      settled(plays.getAllKeys(null, max)),
      settled(plays.getAll(null, max)),
    ]);
    return { keys: keys as number[], records: records as PlayRecord[] };
  }

  async remove(keys: readonly number[]): Promise<void> {
    const tx = this.db.transaction('plays', 'readwrite');
    const done = committed(tx);
    const plays = tx.objectStore('plays');
    for (const key of keys) plays.delete(key);
    await done;
  }

  /** Records dropped so far because the queue was full. */
  async dropped(): Promise<number> {
    return (await readSetting(this.db, 'playsDropped')) ?? 0;
  }
}
