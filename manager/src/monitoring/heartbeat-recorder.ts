import type { Heartbeat } from '@bangtin/shared';
import type { Db } from '../store/open-store.js';
import { screensRepository } from '../store/screens.js';

/**
 * Stores screens' heartbeats: those that arrive while a write runs are written together next,
 * in one transaction. In a restart storm thousands arrive within seconds, and a commit each held
 * the store (and its log) for all of them.
 */
export class HeartbeatRecorder {
  #writing: Promise<unknown> = Promise.resolve();
  #gathering: {
    beats: Map<string, { heartbeat: Heartbeat; now: string }>;
    written: Promise<void>;
  } | null = null;

  constructor(private readonly db: Db) {}

  /** Resolves once the heartbeat is stored; a later one of the same screen in the batch wins. */
  record(screenId: string, heartbeat: Heartbeat, now: string): Promise<void> {
    if (!this.#gathering) {
      const beats = new Map<string, { heartbeat: Heartbeat; now: string }>();
      const written = this.#writing.then(() => {
        this.#gathering = null;
        const rows = [...beats].map(([id, beat]) => ({ screenId: id, ...beat }));
        return this.db
          .transaction()
          .execute((trx) => screensRepository.recordHeartbeats(trx, rows));
      });
      this.#gathering = { beats, written };
      this.#writing = written.catch(() => undefined);
    }
    this.#gathering.beats.set(screenId, { heartbeat, now });
    return this.#gathering.written;
  }
}
