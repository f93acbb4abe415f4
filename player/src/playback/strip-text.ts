import type { Manifest, Slide } from '@bangtin/shared';
import { hotlinesForSlide, hotlineText } from './hotline-selection.js';
import { proceduresForSlide } from './procedure-pages.js';

const SEPARATOR = '   •   ';

/**
 * The one line of text a slide becomes on an LED strip board; null when it has nothing to
 * say in text (a picture without a caption), so the strip skips it.
 */
export function stripText(slide: Slide, manifest: Manifest): string | null {
  const parts = stripParts(slide, manifest)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join(SEPARATOR) : null;
}

function stripParts(slide: Slide, manifest: Manifest): string[] {
  switch (slide.kind) {
    case 'message':
      return [slide.heading, slide.body];
    case 'image':
    case 'video':
      return [slide.caption ?? ''];
    case 'procedures': {
      const names = proceduresForSlide(slide, manifest.procedures).map((p) => p.name);
      return names.length > 0 ? [slide.heading, ...names] : [];
    }
    case 'hotlines': {
      const lines = hotlinesForSlide(slide, manifest.hotlines).map(hotlineText);
      return lines.length > 0 ? [slide.heading, ...lines] : [];
    }
    case 'qr':
      return [slide.heading, slide.caption, slide.url];
  }
}
