import { describe, expect, it } from 'vitest';
import {
  pageDurationsMs,
  READING_BASE_MS,
  readingTimeMs,
} from '../../../../player/src/playback/reading-time.js';
import { makeManifest } from '../make-manifest.js';

describe('readingTimeMs', () => {
  it('is a base time plus the text at the reading speed', () => {
    expect(readingTimeMs(0, 12)).toBe(READING_BASE_MS);
    expect(readingTimeMs(120, 12)).toBe(READING_BASE_MS + 10_000);
    expect(readingTimeMs(120, 6)).toBe(READING_BASE_MS + 20_000);
  });
});

describe('pageDurationsMs', () => {
  const manifest = makeManifest();
  const table = manifest.slides.find((s) => s.kind === 'procedures')!;
  const message = manifest.slides.find((s) => s.kind === 'message')!;

  it('keeps every page up for its reading time, never below the seconds per page of a table', () => {
    const [short, long] = pageDurationsMs([10, 600], table, 0, 12);
    expect(short).toBe(table.kind === 'procedures' ? table.secondsPerPage * 1000 : 0);
    expect(long).toBe(READING_BASE_MS + 50_000);
  });

  it('shares the playlist time among the pages of other slides, as a minimum', () => {
    expect(pageDurationsMs([10, 10], message, 20_000, 12)).toEqual([10_000, 10_000]);
    expect(pageDurationsMs([240], message, 5_000, 12)).toEqual([READING_BASE_MS + 20_000]);
  });
});

describe('pageDurationsMs with a longest time on screen', () => {
  const manifest = makeManifest();
  const table = manifest.slides.find((s) => s.kind === 'procedures')!;
  const message = manifest.slides.find((s) => s.kind === 'message')!;

  it('shares the longest time among a table’s pages when the seconds per page would pass it', () => {
    const capped = { ...table, secondsPerPage: 30, maxSeconds: 20 };
    expect(pageDurationsMs([0, 0], capped, 0, 12)).toEqual([10_000, 10_000]);
  });

  it('never turns a page before its reading time, even past the longest time', () => {
    const capped = { ...message, maxSeconds: 5 };
    expect(pageDurationsMs([240], capped, 5_000, 12)).toEqual([READING_BASE_MS + 20_000]);
  });
});
