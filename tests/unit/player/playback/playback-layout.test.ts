import type { Manifest } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlaybackController } from '../../../../player/src/playback/playback-controller.js';
import { makeManifest } from '../make-manifest.js';

/** Two back-to-back entries playing the same playlist (08:00–09:00, then 09:00–10:00). */
function twoEntries(secondLayout: Record<string, unknown>): Manifest {
  const base = makeManifest();
  const entry = (id: string, startTime: string, endTime: string) => ({
    id,
    name: id,
    createdAt: '2025-01-01T00:00:00Z',
    playlistId: 'pl-2',
    startTime,
    endTime,
  });
  return makeManifest({
    schedule: [
      entry('morning', '08:00', '09:00'),
      { ...entry('late', '09:00', '10:00'), ...secondLayout },
    ],
    playlists: [
      ...base.playlists,
      { id: 'pl-2', name: 'Theo lịch', items: [{ slideId: 'msg-2', durationSeconds: 60 }] },
    ],
    slides: [...base.slides, { id: 'msg-2', kind: 'message', title: 'Hai', heading: 'Hai' }],
  });
}

function play(manifest: Manifest) {
  const shown: string[] = [];
  const entries: Array<string | null> = [];
  const controller = new PlaybackController(
    manifest,
    {
      showSlide: async (plan) => {
        shown.push(plan.slide.id);
        return { minDurationMs: 0 };
      },
      showOff: () => {},
      showIdle: () => {},
    },
    { now: () => Date.now() },
    {
      played: () => {},
      manifestApplied: () => {},
      failed: () => {},
      resolved: (resolution) => entries.push(resolution.entryId),
    },
  );
  controller.start();
  return { controller, shown, entries };
}

describe('PlaybackController and layouts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // 08:59:55 in Asia/Ho_Chi_Minh.
    vi.setSystemTime(Date.parse('2025-06-02T01:59:55Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('lays the slide out again when the next entry brings another template', async () => {
    const { controller, shown, entries } = play(
      twoEntries({ layout: 'side-panel', zones: { side: { kind: 'queue' } } }),
    );
    await vi.advanceTimersByTimeAsync(5_000);
    expect(shown).toEqual(['msg-2', 'msg-2']);
    expect(entries.at(-1)).toBe('late');
    controller.stop();
  });

  it('keeps the slide when the next entry looks the same, and still says which entry plays', async () => {
    const { controller, shown, entries } = play(twoEntries({}));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(shown).toEqual(['msg-2']);
    expect(entries.at(-1)).toBe('late');
    controller.stop();
  });
});
