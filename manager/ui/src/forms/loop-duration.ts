import type { PlaylistItem, Procedure, Slide } from '@bangtin/shared';

/**
 * Seconds a playlist item is planned to stay on screen, as the player counts it: its own
 * duration, or for a procedures table the number of pages times the seconds per page; at most
 * the slide's longest time on screen.
 */
export function itemSeconds(
  item: Pick<PlaylistItem, 'durationSeconds'>,
  slide: Slide | undefined,
  procedures: readonly Procedure[],
): number {
  const planned = plannedSeconds(item, slide, procedures);
  return slide?.maxSeconds === undefined ? planned : Math.min(planned, slide.maxSeconds);
}

function plannedSeconds(
  item: Pick<PlaylistItem, 'durationSeconds'>,
  slide: Slide | undefined,
  procedures: readonly Procedure[],
): number {
  if (slide?.kind === 'procedures') {
    const rows = procedures.filter((p) => slide.field === null || p.field === slide.field).length;
    const pages = Math.max(1, Math.ceil(rows / Math.max(1, slide.rowsPerPage)));
    return pages * slide.secondsPerPage;
  }
  return Number.isFinite(item.durationSeconds) ? item.durationSeconds : 0;
}
