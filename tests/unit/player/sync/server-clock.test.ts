import { describe, expect, it, vi } from 'vitest';
import {
  EARLIEST_PLAUSIBLE_TIME,
  ServerClock,
  sampleClock,
} from '../../../../player/src/sync/server-clock.js';

const NOW = Date.parse('2025-06-02T02:00:00Z');

/** A clock whose wall and monotonic readings the test moves by hand. */
function manualClock(wall: number, offsetMs = 0) {
  const time = { wall, mono: 0 };
  const clock = new ServerClock({
    offsetMs,
    localNow: () => time.wall,
    monotonicNow: () => time.mono,
  });
  return { clock, time };
}

describe('sampleClock', () => {
  it('assumes the server stamped its answer half-way through the round trip', () => {
    expect(sampleClock(10_500, 1_000, 1_200)).toEqual({ offsetMs: 9_400, roundTripMs: 200 });
  });
});

describe('ServerClock', () => {
  it('adds the observed offset to the local clock', () => {
    const { clock } = manualClock(5_000);
    clock.observe(60_000, 4_900, 4_900);
    expect(clock.now()).toBe(60_100);
  });

  it('trusts the sample with the shortest round trip', () => {
    const { clock } = manualClock(0);
    clock.observe(10_000, 0, 20); // offset 9_990, rtt 20
    clock.observe(50_000, 0, 4_000); // offset 48_000, rtt 4000: a slow, doubtful answer
    expect(clock.offsetMs).toBe(9_990);
  });

  it('ignores a missing or nonsensical server time', () => {
    const { clock } = manualClock(0, 123);
    clock.observe(Number.NaN, 0, 10);
    clock.observe(0, 0, 10);
    expect(clock.offsetMs).toBe(123);
    expect(clock.fromServer).toBe(false);
  });

  it('does not trust a device clock reading 1970 until the server answers', () => {
    const { clock } = manualClock(86_400_000);
    expect(clock.trusted).toBe(false);
    clock.observe(NOW, 86_400_000, 86_400_000);
    expect(clock.trusted).toBe(true);
    expect(clock.now()).toBe(NOW);
  });

  it('trusts a plausible device clock with no server at all', () => {
    expect(manualClock(EARLIEST_PLAUSIBLE_TIME + 1).clock.trusted).toBe(true);
  });

  it('tells its listeners when the first server answer moves the time or makes it trusted', () => {
    const { clock } = manualClock(86_400_000);
    const changed = vi.fn();
    clock.onChange(changed);
    clock.observe(NOW, 86_400_000, 86_400_000);
    expect(changed).toHaveBeenCalledOnce();
    clock.observe(NOW + 1_000, 86_401_000, 86_401_000);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('notices a jump of the device clock that the monotonic clock did not make', () => {
    const { clock, time } = manualClock(NOW);
    const changed = vi.fn();
    clock.onChange(changed);
    time.wall += 1_000;
    time.mono += 1_000;
    expect(clock.checkJump()).toBe(false);
    time.wall += 3_600_000;
    expect(clock.checkJump()).toBe(true);
    expect(changed).toHaveBeenCalledOnce();
    expect(clock.checkJump()).toBe(false);
  });

  it('drops a remembered correction when the device clock is set, and keeps a fresh one', () => {
    const remembered = manualClock(NOW, 60_000);
    remembered.time.wall -= 3_600_000;
    remembered.clock.checkJump();
    expect(remembered.clock.offsetMs).toBe(0);

    const fresh = manualClock(NOW);
    fresh.clock.observe(NOW + 60_000, NOW, NOW);
    fresh.time.wall += 3_600_000;
    fresh.clock.checkJump();
    expect(fresh.clock.offsetMs).toBe(60_000);
  });
});
