import type { Manifest, PlaylistItem, Slide } from '@bangtin/shared';
import { pageCount, proceduresForSlide } from './procedure-pages.js';

/**
 * How long a playlist item is planned to stay on screen: its own duration, or its pages for a
 * table; at most the slide's longest time on screen.
 */
export function slideDurationMs(item: PlaylistItem, slide: Slide, manifest: Manifest): number {
  const planned =
    slide.kind === 'procedures'
      ? pageCount(proceduresForSlide(slide, manifest.procedures).length, slide.rowsPerPage) *
        slide.secondsPerPage *
        1000
      : item.durationSeconds * 1000;
  return slide.maxSeconds === undefined ? planned : Math.min(planned, slide.maxSeconds * 1000);
}

// A clip played to its end moves on at `ended`; this much past its length, it moves on anyway.
const END_MARGIN_MS = 5_000;

/**
 * The safety net for a video that plays to its end, in case `ended` never fires (a stalled
 * download, a hung decoder): the longer of the planned time and the clip, plus a margin. A
 * recorded WebM may not know its length (`Infinity`); the planned time then stands alone.
 */
export function playToEndCapMs(plannedMs: number, clipSeconds: number): number {
  const clipMs = Number.isFinite(clipSeconds) ? clipSeconds * 1000 : 0;
  return Math.max(plannedMs, clipMs) + END_MARGIN_MS;
}
