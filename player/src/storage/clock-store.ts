import type { ServerClock, ServerClockOptions } from '../sync/server-clock.js';
import { EARLIEST_PLAUSIBLE_TIME } from '../sync/server-clock.js';
import type { PlayerDb } from './player-db.js';
import { writeSetting } from './settings-store.js';

/** The clock correction as last confirmed by the server. */
export interface StoredClock {
  offsetMs: number;
  /** The device clock when it was saved: a device clock earlier than this was reset since. */
  savedAtLocalMs: number;
  /** The corrected time when it was saved: no later correct reading can be earlier. */
  trustedAtMs: number;
}

/**
 * What a new ServerClock starts from: the remembered correction, unless the device clock went
 * backwards since it was saved (a reset clock: the correction no longer describes it), and the
 * last time the server was heard as the floor below which the clock is not believed.
 */
export function clockOptions(
  stored: StoredClock | undefined,
  localNow: number,
): ServerClockOptions {
  if (!stored) return {};
  const clockWasReset = localNow < stored.savedAtLocalMs;
  return {
    offsetMs: clockWasReset ? 0 : stored.offsetMs,
    floorMs: Math.max(EARLIEST_PLAUSIBLE_TIME, stored.trustedAtMs),
  };
}

/** Remembers the correction, but only one the server confirmed in this session. */
export async function rememberClock(db: PlayerDb, clock: ServerClock): Promise<void> {
  if (!clock.fromServer) return;
  const stored: StoredClock = {
    offsetMs: clock.offsetMs,
    savedAtLocalMs: Date.now(),
    trustedAtMs: clock.now(),
  };
  await writeSetting(db, 'clock', stored);
}
