import { describe, expect, it } from 'vitest';
import { StallWatch } from '../../../../player/src/playback/stall-watch.js';

const GRACE = 60_000;

/** A loop whose current slide should have ended at `endsAt` (monotonic ms). */
function setup(endsAt: number) {
  const done: string[] = [];
  const loop = { endsAt, isStalled: (grace: number, now: number) => now > loop.endsAt + grace };
  const watch = new StallWatch(
    loop,
    {
      skip: () => done.push('skip'),
      reload: () => done.push('reload'),
      report: (message) => done.push(message),
    },
    GRACE,
    0,
  );
  return { loop, watch, done };
}

describe('StallWatch', () => {
  it('leaves a loop that keeps to its times alone', () => {
    const { loop, watch, done } = setup(5_000);
    for (let now = GRACE; now <= 10 * GRACE; now += GRACE) {
      loop.endsAt = now + 5_000;
      watch.check(now);
    }
    expect(done).toEqual([]);
  });

  it('pushes a stuck loop on, then reloads the page if it is still stuck a check later', () => {
    const { watch, done } = setup(5_000);
    watch.check(GRACE);
    expect(done).toEqual([]);
    watch.check(2 * GRACE);
    expect(done).toEqual(['playback stalled', 'skip']);
    watch.check(3 * GRACE);
    expect(done).toEqual(['playback stalled', 'skip', 'playback stalled', 'reload']);
  });

  it('starts afresh once the loop moves again', () => {
    const { loop, watch, done } = setup(5_000);
    watch.check(2 * GRACE);
    loop.endsAt = 2 * GRACE + 5_000;
    watch.check(3 * GRACE);
    loop.endsAt = 5_000;
    watch.check(4 * GRACE);
    expect(done).toEqual(['playback stalled', 'skip', 'playback stalled', 'skip']);
  });

  it('takes a check that comes hours late (a sleeping device, a jumped clock) as no evidence', () => {
    const { watch, done } = setup(5_000);
    // Each jump leaves the slide hours overdue, as it looks right after waking.
    watch.check(4 * 3_600_000);
    watch.check(8 * 3_600_000);
    watch.check(12 * 3_600_000);
    expect(done).toEqual([]);
  });

  it('still catches a loop that stays stuck once time flows normally after a jump', () => {
    const { watch, done } = setup(5_000);
    watch.check(4 * 3_600_000);
    watch.check(4 * 3_600_000 + GRACE);
    watch.check(4 * 3_600_000 + 2 * GRACE);
    expect(done).toEqual(['playback stalled', 'skip', 'playback stalled', 'reload']);
  });
});
