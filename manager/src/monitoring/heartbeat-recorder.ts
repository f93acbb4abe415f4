import type { Heartbeat } from '@bangtin/shared';
import { GatheredBatches } from '../store/gathered-batches.js';
import type { Db } from '../store/open-store.js';
import { screensRepository } from '../store/screens.js';

/**
 * Stores screens' heartbeats: those that arrive while a write runs are written together next,
 * in one transaction (a restart storm brings thousands within seconds).
 */
export class HeartbeatRecorder {
  #batches: GatheredBatches<string, { heartbeat: Heartbeat; now: string }, void>;

  constructor(db: Db) {
    this.#batches = new GatheredBatches((beats) => {
      const rows = [...beats].map(([screenId, beat]) => ({ screenId, ...beat }));
      return db.transaction().execute((trx) => screensRepository.recordHeartbeats(trx, rows));
    });
  }

  /** Resolves once the heartbeat is stored; a later one of the same screen in the batch wins. */
  record(screenId: string, heartbeat: Heartbeat, now: string): Promise<void> {
    return this.#batches.add(screenId, { heartbeat, now });
  }
}
