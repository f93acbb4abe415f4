import { slideMedia } from '@bangtin/shared';
import { defaultPlaylistOf, targetsScreen } from '../manifest/build-manifest.js';
import type { OwnedTable } from '../store/content-owners.js';
import type { ContentSnapshot } from '../store/load-content.js';

/**
 * The screens that show (or, through a draft, would show) one piece of content: a playlist by
 * schedule or as a default, a slide through its playlists, media, hotlines and procedures
 * through their slides; the logo and ticker hotlines reach every screen. Pass the published and
 * the draft snapshot: either path counts.
 */
export function screensShowing(
  table: OwnedTable,
  id: string,
  snapshots: readonly ContentSnapshot[],
): Set<string> {
  const reached = new Set<string>();
  for (const content of snapshots) {
    for (const screenId of reach(table, id, content)) reached.add(screenId);
  }
  return reached;
}

function reach(table: OwnedTable, id: string, content: ContentSnapshot): string[] {
  const every = () => content.screens.map((s) => s.id);
  const throughSlides = (slideIds: string[]) =>
    slideIds.flatMap((slideId) => reach('slides', slideId, content));
  switch (table) {
    case 'playlists':
      return content.screens
        .filter(
          (screen) =>
            defaultPlaylistOf(screen, content) === id ||
            content.schedule.some((e) => e.playlistId === id && targetsScreen(e, screen)),
        )
        .map((s) => s.id);
    case 'slides':
      return content.playlists
        .filter((p) => p.items.some((item) => item.slideId === id))
        .flatMap((p) => reach('playlists', p.id, content));
    case 'media':
      if (content.settings.logoSha256 === id) return every();
      return throughSlides(
        content.slides.filter((s) => slideMedia(s).includes(id)).map((s) => s.id),
      );
    case 'hotlines':
      // Every manifest carries the directory; the ticker shows the numbers marked for it.
      if (content.hotlines.find((h) => h.id === id)?.inTicker) return every();
      return throughSlides(
        content.slides
          .filter(
            (s) =>
              s.kind === 'hotlines' && (s.hotlineIds.length === 0 || s.hotlineIds.includes(id)),
          )
          .map((s) => s.id),
      );
    case 'procedures': {
      const procedure = content.procedures.find((p) => p.id === id);
      if (!procedure) return [];
      return throughSlides(
        content.slides
          .filter(
            (s) => s.kind === 'procedures' && (s.field === null || s.field === procedure.field),
          )
          .map((s) => s.id),
      );
    }
  }
}
