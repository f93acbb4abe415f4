import { describe, expect, it, vi } from 'vitest';
import {
  DOUBT_MS,
  EARLIEST_PLAUSIBLE_TIME,
  ServerClock,
  sampleClock,
} from '../../../../player/src/sync/server-clock.js';

const NOW = Date.parse('2025-06-02T02:00:00Z');
const HOURS_12 = 12 * 3_600_000;

/** A clock whose wall and monotonic readings the test moves by hand (monotonic from 0). */
function manualClock(wall: number, offsetMs = 0, floorMs?: number) {
  const time = { wall, mono: 0 };
  const rejected: string[] = [];
  const clock = new ServerClock({
    offsetMs,
    ...(floorMs === undefined ? {} : { floorMs }),
    localNow: () => time.wall,
    monotonicNow: () => time.mono,
    rejected: (reason) => rejected.push(reason),
  });
  return { clock, time, rejected };
}

describe('sampleClock', () => {
  it('assumes the server stamped its answer half-way through the round trip', () => {
    expect(sampleClock(10_500, 1_000, 1_200)).toEqual({ offsetMs: 9_400, roundTripMs: 200 });
  });
});

describe('ServerClock', () => {
  it('takes the server time of an answer and runs on from it with the monotonic clock', () => {
    const { clock, time } = manualClock(NOW);
    expect(clock.observe(NOW + 60_000, 0, 0)).toBe(true);
    time.mono += 1_000;
    time.wall += 1_000;
    expect(clock.now()).toBe(NOW + 61_000);
    expect(clock.offsetMs).toBe(60_000);
  });

  it('trusts the sample with the shortest round trip', () => {
    const { clock } = manualClock(0);
    clock.observe(NOW + 10_000, 0, 20); // rtt 20
    clock.observe(NOW + 50_000, 0, 4_000); // rtt 4000: a slow, doubtful answer
    expect(clock.now()).toBe(NOW + 9_990);
  });

  it('ignores a missing or nonsensical server time', () => {
    const { clock } = manualClock(NOW, 123);
    clock.observe(Number.NaN, 0, 10);
    clock.observe(0, 0, 10);
    expect(clock.offsetMs).toBe(123);
    expect(clock.fromServer).toBe(false);
  });

  it('does not trust a device clock reading 1970 until the server answers', () => {
    const { clock } = manualClock(86_400_000);
    expect(clock.trusted).toBe(false);
    clock.observe(NOW, 0, 0);
    expect(clock.trusted).toBe(true);
    expect(clock.now()).toBe(NOW);
  });

  it('trusts a plausible device clock with no server at all', () => {
    expect(manualClock(EARLIEST_PLAUSIBLE_TIME + 1).clock.trusted).toBe(true);
  });

  it('refuses and reports a server time below the floor (a proxy answering 1970)', () => {
    const { clock, rejected } = manualClock(86_400_000, 0, NOW - 1_000);
    expect(clock.observe(1_000, 0, 0)).toBe(false);
    expect(clock.observe(NOW - 60_000, 0, 0)).toBe(false);
    expect(clock.trusted).toBe(false);
    expect(clock.fromServer).toBe(false);
    expect(rejected).toHaveLength(2);
    expect(rejected[0]).toMatch(/^server time 1970-01-01T00:00:01.000Z is before/);
  });

  it('believes a server time far from its estimate only when the next answer agrees', () => {
    const { clock, time, rejected } = manualClock(NOW);
    clock.observe(NOW, 0, 0);
    time.mono += 5_000;
    expect(clock.observe(NOW + 5_000 + HOURS_12, 5_000, 5_000)).toBe(false);
    expect(clock.now()).toBe(NOW + 5_000);
    expect(rejected[0]).toMatch(/is far from/);
    time.mono += 5_000;
    expect(clock.observe(NOW + 10_000 + HOURS_12, 10_000, 10_000)).toBe(true);
    expect(clock.now()).toBe(NOW + 10_000 + HOURS_12);
  });

  it('keeps waiting while far answers disagree with each other', () => {
    const { clock } = manualClock(NOW);
    clock.observe(NOW, 0, 0);
    expect(clock.observe(NOW + HOURS_12, 0, 0)).toBe(false);
    expect(clock.observe(NOW + 2 * HOURS_12, 0, 0)).toBe(false);
    expect(clock.observe(NOW + DOUBT_MS - 1, 0, 0)).toBe(true);
  });

  it('does not follow a +12 h jump of the device clock once the server answered', () => {
    const { clock, time } = manualClock(NOW);
    clock.observe(NOW, 0, 0);
    const changed = vi.fn();
    clock.onChange(changed);
    time.wall += HOURS_12;
    time.mono += 1_000;
    expect(clock.checkJump()).toBe(true);
    expect(clock.now()).toBe(NOW + 1_000);
    expect(changed).not.toHaveBeenCalled();
    expect(clock.checkJump()).toBe(false);
  });

  it('does not follow a jump of a trusted device clock with no server either', () => {
    const { clock, time } = manualClock(NOW);
    time.wall -= HOURS_12;
    expect(clock.checkJump()).toBe(true);
    expect(clock.now()).toBe(NOW);
  });

  it('follows a device clock set to a plausible time after an untrusted start', () => {
    const { clock, time } = manualClock(86_400_000);
    const changed = vi.fn();
    clock.onChange(changed);
    time.wall = NOW;
    expect(clock.checkJump()).toBe(true);
    expect(clock.trusted).toBe(true);
    expect(clock.now()).toBe(NOW);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('tells its listeners when the first server answer moves the time or makes it trusted', () => {
    const { clock, time } = manualClock(86_400_000);
    const changed = vi.fn();
    clock.onChange(changed);
    clock.observe(NOW, 0, 0);
    expect(changed).toHaveBeenCalledOnce();
    time.mono += 1_000;
    clock.observe(NOW + 1_000, 1_000, 1_000);
    expect(changed).toHaveBeenCalledOnce();
  });
});
