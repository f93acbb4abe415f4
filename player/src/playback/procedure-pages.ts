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
