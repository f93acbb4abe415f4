import { describe, expect, it } from 'vitest';
import { slideDurationMs } from '../../../../player/src/playback/slide-duration.js';
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
