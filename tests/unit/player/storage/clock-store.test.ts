import { describe, expect, it } from 'vitest';
import { clockOptions } from '../../../../player/src/storage/clock-store.js';
import { EARLIEST_PLAUSIBLE_TIME } from '../../../../player/src/sync/server-clock.js';

const SAVED = Date.parse('2025-06-02T02:00:00Z');
const stored = { offsetMs: 5_000, savedAtLocalMs: SAVED, trustedAtMs: SAVED + 5_000 };

describe('clockOptions', () => {
  it('starts a first run with no correction and the built-in floor', () => {
    expect(clockOptions(undefined, SAVED)).toEqual({});
  });

  it('keeps the remembered correction while the device clock moved on', () => {
    expect(clockOptions(stored, SAVED + 60_000)).toEqual({
      offsetMs: 5_000,
      floorMs: SAVED + 5_000,
    });
  });

  it('drops the correction of a device clock that went back (it was reset)', () => {
    expect(clockOptions(stored, 1_000)).toEqual({ offsetMs: 0, floorMs: SAVED + 5_000 });
  });

  it('never lowers the floor below the built-in one', () => {
    const old = { offsetMs: 0, savedAtLocalMs: 0, trustedAtMs: 0 };
    expect(clockOptions(old, 10).floorMs).toBe(EARLIEST_PLAUSIBLE_TIME);
  });
});
