import { describe, expect, it } from 'vitest';
import { ServerClock, sampleClock } from '../../../../player/src/sync/server-clock.js';

describe('sampleClock', () => {
  it('assumes the server stamped its answer half-way through the round trip', () => {
    expect(sampleClock(10_500, 1_000, 1_200)).toEqual({ offsetMs: 9_400, roundTripMs: 200 });
  });
});

describe('ServerClock', () => {
  it('adds the observed offset to the local clock', () => {
    const clock = new ServerClock(0, () => 5_000);
    clock.observe(60_000, 4_900, 4_900);
    expect(clock.now()).toBe(60_100);
  });

  it('trusts the sample with the shortest round trip', () => {
    const clock = new ServerClock(0, () => 0);
    clock.observe(10_000, 0, 20); // offset 9_990, rtt 20
    clock.observe(50_000, 0, 4_000); // offset 48_000, rtt 4000: a slow, doubtful answer
    expect(clock.offsetMs).toBe(9_990);
  });

  it('ignores a missing or nonsensical server time', () => {
    const clock = new ServerClock(123, () => 0);
    clock.observe(Number.NaN, 0, 10);
    clock.observe(0, 0, 10);
    expect(clock.offsetMs).toBe(123);
  });
});
