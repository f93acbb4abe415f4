import type { Manifest, PlaylistItem, Slide } from '@bangtin/shared';
import { pageCount, proceduresForSlide } from './procedure-pages.js';

/** How long a playlist item stays on screen: its own duration, or its pages for a table. */
export function slideDurationMs(item: PlaylistItem, slide: Slide, manifest: Manifest): number {
  if (slide.kind === 'procedures') {
    const rows = proceduresForSlide(slide, manifest.procedures).length;
    return pageCount(rows, slide.rowsPerPage) * slide.secondsPerPage * 1000;
  }
  return item.durationSeconds * 1000;
}
