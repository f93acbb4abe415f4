import type { Manifest, PlayRecord } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type PlaybackClock,
  PlaybackController,
  type PlaybackView,
  type SlidePlan,
} from '../../../../player/src/playback/playback-controller.js';
import { makeManifest } from '../make-manifest.js';

function setup(
  manifest: Manifest,
  showSlide?: (plan: SlidePlan) => Promise<unknown>,
  clock: PlaybackClock = { now: () => Date.now() },
) {
  const shown: string[] = [];
  const played: PlayRecord[] = [];
  const failures: string[] = [];
  const view: PlaybackView = {
    showSlide: async (plan) => {
      await showSlide?.(plan);
      shown.push(`${plan.manifest.version}:${plan.slide.id}`);
      return { minDurationMs: 0 };
    },
    showOff: () => shown.push('off'),
    showIdle: () => shown.push('idle'),
  };
  const controller = new PlaybackController(manifest, view, clock, {
    played: (record) => played.push(record),
    manifestApplied: () => {},
    failed: (message) => failures.push(message),
  });
  return { controller, shown, played, failures };
}

describe('PlaybackController', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.parse('2025-06-02T02:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('steps through the playlist, each slide for its own duration', async () => {
    const { controller, shown } = setup(makeManifest());
    controller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['v1:msg-1']);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(shown).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(['v1:msg-1', 'v1:img-1']);
    await vi.advanceTimersByTimeAsync(8_000);
    // The procedures slide lasts its 2 pages × 5 s, then the playlist starts over.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(shown).toEqual(['v1:msg-1', 'v1:img-1', 'v1:proc-1', 'v1:msg-1']);
    controller.stop();
  });

  it('records each slide shown with its real duration and the manifest version', async () => {
    const { controller, played } = setup(makeManifest());
    controller.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(played).toHaveLength(1);
    expect(played[0]).toMatchObject({ slideId: 'msg-1', playlistId: 'pl-1', durationMs: 10_000 });
    expect(played[0]?.manifestVersion).toBe('v1');
    controller.stop();
  });

  it('switches to a new manifest only at the next slide boundary', async () => {
    const { controller, shown } = setup(makeManifest());
    controller.start();
    await vi.advanceTimersByTimeAsync(2_000);
    controller.replaceManifest(makeManifest({ version: 'v2' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['v1:msg-1']);
    await vi.advanceTimersByTimeAsync(8_000);
    // A new manifest starts its playlist from the top.
    expect(shown).toEqual(['v1:msg-1', 'v2:msg-1']);
    controller.stop();
  });

  it('skips slides whose media the manifest does not list', async () => {
    const { controller, shown } = setup(makeManifest({ media: [] }));
    controller.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(shown).toEqual(['v1:msg-1', 'v1:proc-1']);
    controller.stop();
  });

  it('shows the idle screen when there is nothing to play', async () => {
    const manifest = makeManifest();
    const { controller, shown } = setup({
      ...manifest,
      screen: { ...manifest.screen, defaultPlaylistId: null },
    });
    controller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['idle']);
    expect(controller.showing.state).toBe('idle');
    controller.stop();
  });

  it('reports itself stalled only once a slide outstays its time by the grace period', async () => {
    const { controller } = setup(makeManifest());
    controller.start();
    await vi.advanceTimersByTimeAsync(0);
    const now = performance.now();
    expect(controller.isStalled(60_000, now + 69_000)).toBe(false);
    expect(controller.isStalled(60_000, now + 70_001)).toBe(true);
    controller.stop();
  });

  it('runs deferred work between two slides, not during one', async () => {
    const { controller } = setup(makeManifest());
    const task = vi.fn();
    controller.start();
    await vi.advanceTimersByTimeAsync(1_000);
    controller.atNextBoundary(task);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(9_000);
    expect(task).toHaveBeenCalledOnce();
    controller.stop();
  });

  it('reports a slide that cannot be shown and moves on without spinning', async () => {
    const { controller, shown, failures } = setup(makeManifest(), async (plan) => {
      if (plan.slide.id === 'msg-1') throw new Error('broken');
    });
    controller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(failures).toHaveLength(1);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(shown).toEqual(['v1:img-1']);
    controller.stop();
  });
});

/** The base manifest with two more playlists and the given schedule entries (local times). */
function scheduled(entries: Array<Record<string, unknown>>, version = 'v1'): Manifest {
  const base = makeManifest();
  return makeManifest({
    version,
    schedule: entries.map((entry, i) => ({
      id: `entry-${i}`,
      createdAt: '2025-01-01T00:00:00Z',
      name: `Lịch ${i}`,
      ...entry,
    })),
    playlists: [
      ...base.playlists,
      { id: 'pl-2', name: 'Theo lịch', items: [{ slideId: 'msg-2', durationSeconds: 10 }] },
      { id: 'pl-urgent', name: 'Khẩn', items: [{ slideId: 'msg-urgent', durationSeconds: 10 }] },
    ],
    slides: [
      ...base.slides,
      { id: 'msg-2', kind: 'message', title: 'Hai', heading: 'Hai' },
      { id: 'msg-urgent', kind: 'message', title: 'Khẩn', heading: 'Thông báo khẩn' },
    ],
  });
}

describe('PlaybackController and the schedule', () => {
  // 08:59:55 in Asia/Ho_Chi_Minh: five seconds before the 09:00 boundaries below.
  const START = Date.parse('2025-06-02T01:59:55Z');
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('switches playlist exactly at the change, without waiting for the slide to end', async () => {
    const manifest = scheduled([{ playlistId: 'pl-2', startTime: '09:00', endTime: '10:00' }]);
    const { controller, shown } = setup(manifest);
    controller.start();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(shown).toEqual(['v1:msg-1']);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(['v1:msg-1', 'v1:msg-2']);
    controller.stop();
  });

  it('cuts into the current slide with an urgent notice when its start time comes', async () => {
    const manifest = scheduled([
      { kind: 'interrupt', playlistId: 'pl-urgent', startTime: '09:00', endTime: '09:30' },
    ]);
    const { controller, shown } = setup(manifest);
    controller.start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(shown).toEqual(['v1:msg-1', 'v1:msg-urgent']);
    controller.stop();
  });

  it('cuts into the current slide with an urgent notice as soon as its manifest arrives', async () => {
    const { controller, shown } = setup(makeManifest());
    controller.start();
    await vi.advanceTimersByTimeAsync(1_000);
    controller.replaceManifest(
      scheduled([{ kind: 'interrupt', playlistId: 'pl-urgent', priority: 10 }], 'v2'),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['v1:msg-1', 'v2:msg-urgent']);
    controller.stop();
  });

  it('ends an urgent notice at once when a manifest withdraws it', async () => {
    const urgent = scheduled([{ kind: 'interrupt', playlistId: 'pl-urgent' }]);
    const { controller, shown } = setup(urgent);
    controller.start();
    await vi.advanceTimersByTimeAsync(1_000);
    controller.replaceManifest(makeManifest({ version: 'v2' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['v1:msg-urgent', 'v2:msg-1']);
    controller.stop();
  });

  it('shows black while the screen is scheduled off, and resumes exactly when it ends', async () => {
    const manifest = scheduled([{ kind: 'off', startTime: '08:00', endTime: '09:00' }]);
    const { controller, shown, played } = setup(manifest);
    controller.start();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(shown).toEqual(['off']);
    expect(controller.showing.state).toBe('off');
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(['off', 'v1:msg-1']);
    expect(played).toEqual([]);
    controller.stop();
  });

  it('plays the default playlist when the time cannot be trusted', async () => {
    const manifest = scheduled([{ playlistId: 'pl-2', priority: 5 }]);
    const { controller, shown } = setup(manifest, undefined, { now: () => 0, trusted: false });
    controller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['v1:msg-1']);
    controller.stop();
  });

  it('marks the plays of an untrusted clock clockTrusted: false, and only those', async () => {
    const clock = { now: () => 0, trusted: false };
    const { controller, played } = setup(makeManifest(), undefined, clock);
    controller.start();
    await vi.advanceTimersByTimeAsync(5_000);
    clock.trusted = true;
    await vi.advanceTimersByTimeAsync(13_000);
    expect(played.map((record) => record.clockTrusted)).toEqual([false, undefined]);
    controller.stop();
  });

  it('looks at the schedule again at once when the clock jumps', async () => {
    const manifest = scheduled([{ playlistId: 'pl-2', startTime: '15:00', endTime: '16:00' }]);
    let offset = 0;
    const clock = { now: () => Date.now() + offset };
    const { controller, shown } = setup(manifest, undefined, clock);
    controller.start();
    await vi.advanceTimersByTimeAsync(1_000);
    offset = 6 * 3_600_000 + 10_000;
    controller.reresolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['v1:msg-1', 'v1:msg-2']);
    controller.stop();
  });
});
