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
