import { formatFigure, type Manifest, type Slide } from '@bangtin/shared';
import { hotlinesForSlide, hotlineText } from './hotline-selection.js';
import { proceduresForSlide } from './procedure-pages.js';

const SEPARATOR = '   •   ';

/**
 * The lines a slide becomes on an LED strip board, shown one after the other: a list gives its
 * heading, then one line per item. Empty when it has nothing to say in text (a picture without
 * a caption), so the strip skips it.
 */
export function stripPages(slide: Slide, manifest: Manifest): string[] {
  const pages = stripParts(slide, manifest)
    .map((part) =>
      part
        .map(oneLine)
        .filter((text) => text !== '')
        .join(SEPARATOR),
    )
    .filter((page) => page !== '');
  return pages.length > 1 || hasContent(slide, manifest) ? pages : [];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A list without items has nothing to show, not even its heading. */
function hasContent(slide: Slide, manifest: Manifest): boolean {
  if (slide.kind === 'procedures') return proceduresForSlide(slide, manifest.procedures).length > 0;
  if (slide.kind === 'hotlines') return hotlinesForSlide(slide, manifest.hotlines).length > 0;
  return true;
}

/** Each page's parts, joined on one line. */
function stripParts(slide: Slide, manifest: Manifest): string[][] {
  switch (slide.kind) {
    case 'message':
      return [[slide.heading, slide.body]];
    case 'image':
    case 'video':
      return [[slide.caption ?? '']];
    case 'procedures':
      return [
        [slide.heading],
        ...proceduresForSlide(slide, manifest.procedures).map((p) => [p.name]),
      ];
    case 'hotlines':
      return [
        [slide.heading],
        ...hotlinesForSlide(slide, manifest.hotlines).map((h) => [hotlineText(h)]),
      ];
    case 'qr':
      return [[slide.heading, slide.caption, slide.url]];
    case 'figures':
      return [
        [slide.heading],
        ...slide.items.map((item) => [
          `${item.label}: ${formatFigure(item.value, item.decimals)}${item.unit ? ` ${item.unit}` : ''}`,
        ]),
      ];
  }
}
