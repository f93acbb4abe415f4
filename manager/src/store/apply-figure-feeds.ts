import type { FigureFeed, Slide } from '@bangtin/shared';

/**
 * The slides as screens show them: a figures slide with a source gets its last good values and
 * their time; a figure the source does not map keeps its hand-entered value.
 */
export function applyFigureFeeds(slides: Slide[], feeds: FigureFeed[]): Slide[] {
  const read = new Map(feeds.map((feed) => [feed.slideId, feed]));
  return slides.map((slide) => {
    const feed = read.get(slide.id);
    if (slide.kind !== 'figures' || !feed?.values || !feed.fetchedAt) return slide;
    const { values } = feed;
    return {
      ...slide,
      items: slide.items.map((item, index) => {
        const value = values[index];
        return value === null || value === undefined ? item : { ...item, value };
      }),
      fetchedAt: feed.fetchedAt,
    };
  });
}
