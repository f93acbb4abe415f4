import type { PlayRecord } from '@bangtin/shared';
import { excessRecords, PLAY_QUEUE_LIMIT } from './play-queue-policy.js';
import type { PlayerDb } from './player-db.js';
import { readSetting } from './settings-store.js';

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

  /** Resolves once the record is committed. */
  async add(record: PlayRecord): Promise<void> {
    const tx = (await this.db.connection()).transaction(['plays', 'settings'], 'readwrite');
    const plays = tx.objectStore('plays');
    const settings = tx.objectStore('settings');
    const write = async () => {
      await plays.add(record);
      const excess = excessRecords(await plays.count(), this.limit);
      if (excess === 0) return;
      const oldest = await plays.getAllKeys(null, excess);
      const dropped = ((await settings.get('playsDropped')) as number | undefined) ?? 0;
      await Promise.all([
        ...oldest.map((key) => plays.delete(key)),
        settings.put(dropped + excess, 'playsDropped'),
      ]);
    };
    await Promise.all([write(), tx.done]);
  }

  /** The oldest `max` records, with the keys to remove them by once uploaded. */
  async oldest(max: number): Promise<PlayBatch> {
    const plays = (await this.db.connection()).transaction('plays').store;
    const [keys, records] = await Promise.all([
      plays.getAllKeys(null, max),
      plays.getAll(null, max),
    ]);
    return { keys, records };
  }

  /** Resolves once the records are removed for good. */
  async remove(keys: readonly number[]): Promise<void> {
    const tx = (await this.db.connection()).transaction('plays', 'readwrite');
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  }

  /** Records dropped so far because the queue was full. */
  async dropped(): Promise<number> {
    return (await readSetting(this.db, 'playsDropped')) ?? 0;
  }
}
