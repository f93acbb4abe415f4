import type { Manifest, PlayRecord } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PlaybackController,
  type PlaybackView,
  type SlidePlan,
} from '../../../../player/src/playback/playback-controller.js';
import { makeManifest } from '../make-manifest.js';

function setup(manifest: Manifest, showSlide?: (plan: SlidePlan) => Promise<unknown>) {
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
  const controller = new PlaybackController(
    manifest,
    view,
    { now: () => Date.now() },
    {
      played: (record) => played.push(record),
      manifestApplied: () => {},
      failed: (message) => failures.push(message),
    },
  );
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
    expect(controller.isStalled(60_000, Date.now() + 69_000)).toBe(false);
    expect(controller.isStalled(60_000, Date.now() + 70_001)).toBe(true);
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
