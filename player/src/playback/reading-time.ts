import type { Slide } from '@bangtin/shared';

/** Time to take in any page before reading starts: finding the text, the first glance. */
export const READING_BASE_MS = 2_000;

/** How long a page of `chars` characters must stay up to be read at `charsPerSecond`. */
export function readingTimeMs(chars: number, charsPerSecond: number): number {
  return Math.round(READING_BASE_MS + (chars / charsPerSecond) * 1000);
}

/**
 * Each page's time on screen: its reading time, never less than the slide's own minimum
 * (a table's seconds per page, else the playlist's time shared among the pages), which the
 * slide's longest time on screen shares among the pages. Reading time wins over that longest
 * time: a page never turns before it can be read (the editor warns instead).
 */
export function pageDurationsMs(
  pageChars: readonly number[],
  slide: Slide,
  plannedMs: number,
  charsPerSecond: number,
): number[] {
  const pages = Math.max(1, pageChars.length);
  const perPage = slide.kind === 'procedures' ? slide.secondsPerPage * 1000 : plannedMs / pages;
  const minimum =
    slide.maxSeconds === undefined ? perPage : Math.min(perPage, (slide.maxSeconds * 1000) / pages);
  return pageChars.map((chars) => Math.max(minimum, readingTimeMs(chars, charsPerSecond)));
}
