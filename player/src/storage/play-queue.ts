import type { PlayRecord } from '@bangtin/shared';
import { excessRecords, PLAY_QUEUE_LIMIT } from './play-queue-policy.js';
import type { PlayerDb } from './player-db.js';

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
    const plays = tx.objectStore('plays');
    await plays.add(record);
    const excess = excessRecords(await plays.count(), this.limit);
    if (excess > 0) {
      for (const key of await plays.getAllKeys(null, excess)) await plays.delete(key);
      const settings = tx.objectStore('settings');
      const dropped = ((await settings.get('playsDropped')) as number | undefined) ?? 0;
      await settings.put(dropped + excess, 'playsDropped');
    }
    await tx.done;
  }

  /** The oldest `max` records, with the keys to remove them by once uploaded. */
  async oldest(max: number): Promise<PlayBatch> {
    const tx = this.db.transaction('plays');
    const [keys, records] = await Promise.all([
      tx.store.getAllKeys(null, max),
      tx.store.getAll(null, max),
    ]);
    await tx.done;
    return { keys, records };
  }

  async remove(keys: readonly number[]): Promise<void> {
    const tx = this.db.transaction('plays', 'readwrite');
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  }

  /** Records dropped so far because the queue was full. */
  async dropped(): Promise<number> {
    return ((await this.db.get('settings', 'playsDropped')) as number | undefined) ?? 0;
  }
}
