import { describe, expect, it } from 'vitest';
import { playToEndCapMs, slideDurationMs } from '../../../../player/src/playback/slide-duration.js';
import { makeManifest } from '../make-manifest.js';

describe('slideDurationMs', () => {
  const manifest = makeManifest();
  const slide = (id: string) => manifest.slides.find((s) => s.id === id)!;

  it('uses the playlist item duration for an ordinary slide', () => {
    expect(
      slideDurationMs({ slideId: 'msg-1', durationSeconds: 7 }, slide('msg-1'), manifest),
    ).toBe(7000);
  });

  it('lasts pages × seconds per page for a procedure table, whatever the item says', () => {
    // 3 procedures in the field, 2 per page → 2 pages × 5 s.
    expect(
      slideDurationMs({ slideId: 'proc-1', durationSeconds: 60 }, slide('proc-1'), manifest),
    ).toBe(10_000);
  });
});

describe('slideDurationMs with a longest time on screen', () => {
  const manifest = makeManifest();
  const slide = (id: string) => manifest.slides.find((s) => s.id === id)!;

  it('plans no more than the slide’s longest time', () => {
    const capped = { ...slide('msg-1'), maxSeconds: 5 };
    expect(slideDurationMs({ slideId: 'msg-1', durationSeconds: 30 }, capped, manifest)).toBe(5000);
  });

  it('shortens a table’s pages × seconds per page to it', () => {
    const capped = { ...slide('proc-1'), maxSeconds: 6 };
    expect(slideDurationMs({ slideId: 'proc-1', durationSeconds: 60 }, capped, manifest)).toBe(
      6000,
    );
  });

  it('leaves a shorter plan as it is', () => {
    const capped = { ...slide('msg-1'), maxSeconds: 60 };
    expect(slideDurationMs({ slideId: 'msg-1', durationSeconds: 7 }, capped, manifest)).toBe(7000);
  });
});

describe('playToEndCapMs', () => {
  it('waits for the whole clip and a margin when the clip is longer than planned', () => {
    expect(playToEndCapMs(10_000, 42.3)).toBe(47_300);
  });

  it('keeps the planned time and a margin when it is longer than the clip', () => {
    expect(playToEndCapMs(60_000, 2)).toBe(65_000);
  });

  it('falls back on the planned time when the clip does not know its length', () => {
    expect(playToEndCapMs(3000, Number.POSITIVE_INFINITY)).toBe(8000);
    expect(playToEndCapMs(3000, Number.NaN)).toBe(8000);
  });
});
