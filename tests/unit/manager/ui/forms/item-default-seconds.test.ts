import type { Media, Slide } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { defaultItemSeconds } from '../../../../../manager/ui/src/forms/item-default-seconds.js';

const SHA = 'b'.repeat(64);
const video: Slide = {
  id: 'v1',
  kind: 'video',
  title: 'Clip',
  tags: [],
  mediaSha256: SHA,
  caption: null,
  playToEnd: true,
};
const clip = (durationMs: number | null): Media => ({
  sha256: SHA,
  name: 'clip.webm',
  type: 'video/webm',
  bytes: 100,
  createdAt: '2026-12-06T08:00:00.000Z',
  durationMs,
});

describe('the time a new playlist item starts with', () => {
  it("is a video's whole length, rounded up to the second", () => {
    expect(defaultItemSeconds(video, [clip(42_300)])).toBe(43);
  });

  it('is 10 s for a video whose length is unknown', () => {
    expect(defaultItemSeconds(video, [clip(null)])).toBe(10);
    expect(defaultItemSeconds(video, [])).toBe(10);
  });

  it('is 10 s for any other slide', () => {
    const message: Slide = {
      id: 'm1',
      kind: 'message',
      title: 'Chào',
      tags: [],
      heading: 'Xin chào',
      body: '',
      imageSha256: null,
      theme: 'brand',
    };
    expect(defaultItemSeconds(message, [clip(42_300)])).toBe(10);
  });
});
