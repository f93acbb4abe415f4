import type { Procedure, SlideOf } from '@bangtin/shared';

/** The procedures a table slide lists: those of its field, or all when it names none. */
export function proceduresForSlide(
  slide: SlideOf<'procedures'>,
  procedures: readonly Procedure[],
): Procedure[] {
  return slide.field === null ? [...procedures] : procedures.filter((p) => p.field === slide.field);
}

/** How many pages `rowCount` rows take at `rowsPerPage`; an empty table still shows one page. */
export function pageCount(rowCount: number, rowsPerPage: number): number {
  return Math.max(1, Math.ceil(rowCount / Math.max(1, rowsPerPage)));
}

/**
 * Groups rows (by index) into pages of at most `rowsPerPage` rows whose heights fit
 * `maxHeight`; a row taller than the page gets a page of its own rather than being cut.
 */
export function packPages(
  rowHeights: readonly number[],
  rowsPerPage: number,
  maxHeight: number,
): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let height = 0;
  rowHeights.forEach((rowHeight, index) => {
    const full = page.length >= rowsPerPage || (page.length > 0 && height + rowHeight > maxHeight);
    if (full) {
      pages.push(page);
      page = [];
      height = 0;
    }
    page.push(index);
    height += rowHeight;
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
