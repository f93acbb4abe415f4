import { clipSeconds, MediaSchema, SlideInputSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const SHA = 'a'.repeat(64);

describe("a clip's length", () => {
  it('is unknown for media stored before it was measured', () => {
    const media = MediaSchema.parse({
      sha256: SHA,
      name: 'clip.webm',
      type: 'video/webm',
      bytes: 10,
      createdAt: '2026-12-06T08:00:00.000Z',
    });
    expect(media.durationMs).toBeNull();
  });

  it.each([
    [2040, 3],
    [2000, 2],
    [1, 1],
    [7_200_000, 3600],
  ])('gives a playlist item %i ms as %i whole seconds', (ms, seconds) => {
    expect(clipSeconds(ms)).toBe(seconds);
  });
});

describe('a video slide', () => {
  it('loops for its time unless told to play to the end', () => {
    const slide = SlideInputSchema.parse({ kind: 'video', title: 'Clip', mediaSha256: SHA });
    expect(slide).toMatchObject({ playToEnd: false });
    const toEnd = SlideInputSchema.parse({
      kind: 'video',
      title: 'Clip',
      mediaSha256: SHA,
      playToEnd: true,
    });
    expect(toEnd).toMatchObject({ playToEnd: true });
  });
});
