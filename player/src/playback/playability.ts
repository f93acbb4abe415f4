import { type Manifest, type Slide, slideMedia } from '@bangtin/shared';
import { hotlinesForSlide } from './hotline-selection.js';
import { proceduresForSlide } from './procedure-pages.js';
import { stripPages } from './strip-pages.js';

/**
 * Whether a slide can be shown from this manifest: its media are listed (and so were
 * downloaded and verified before the manifest became current), and it has something to show.
 */
export function isSlidePlayable(slide: Slide, manifest: Manifest): boolean {
  const listed = new Set(manifest.media.map((m) => m.sha256));
  if (!slideMedia(slide).every((sha) => listed.has(sha))) return false;
  if (manifest.screen.layout === 'strip') return stripPages(slide, manifest).length > 0;
  if (slide.kind === 'procedures') return proceduresForSlide(slide, manifest.procedures).length > 0;
  if (slide.kind === 'hotlines') return hotlinesForSlide(slide, manifest.hotlines).length > 0;
  return true;
}
