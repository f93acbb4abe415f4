import type {
  Hotline,
  Layout,
  PreviewMessage,
  Procedure,
  Slide,
  ZonesInput,
} from '@bangtin/shared';
import { qrPath } from '@bangtin/shared/qr';
import { SAMPLE_CALLS } from './sample-calls.js';

type Orientation = PreviewMessage['orientation'];

/** The content a whole-screen preview draws from, as the admin's lists give it. */
export interface PreviewContent {
  slides: readonly Slide[];
  playlists: readonly {
    id: string;
    name: string;
    items: { slideId: string; durationSeconds: number }[];
  }[];
  procedures: Procedure[];
  hotlines: Hotline[];
  agency: PreviewMessage['agency'];
}

/** One screen's view: its template and zones, and what its main zone shows. */
export interface ScreenView {
  orientation: Orientation;
  layout: Layout;
  zones: ZonesInput;
  /** The playlist the main zone plays; null when nothing is chosen. */
  mainPlaylistId: string | null;
  /** The slide the main zone shows (what a screen reported); the main playlist's first if absent. */
  slideId?: string | null;
  /** The slide's page, from 0. */
  page?: number | null;
}

/** What the preview posts for a whole screen, without its `type`. */
export type ScreenPreviewMessage = Omit<PreviewMessage, 'type'>;

/**
 * The preview message for a whole screen: the main zone's slide, every playlist zone's playlist
 * with its slides (so each zone loops its own content), sample calls for a queue zone, and the
 * QR codes the slides need. `placeholder` stands in the main zone when it has nothing to show.
 */
export function screenPreviewMessage(
  content: PreviewContent,
  view: ScreenView,
  placeholder: Slide,
): ScreenPreviewMessage {
  const slides = new Map(content.slides.map((slide) => [slide.id, slide]));
  const playlists = new Map(content.playlists.map((playlist) => [playlist.id, playlist]));
  const mainItems = playlists.get(view.mainPlaylistId ?? '')?.items ?? [];
  const slideId = view.slideId ?? mainItems.find((item) => slides.has(item.slideId))?.slideId;
  const slide = (slideId && slides.get(slideId)) || placeholder;
  const item = mainItems.find((candidate) => candidate.slideId === slide.id);

  const zonePlaylists = Object.values(view.zones).flatMap((zone) => {
    const playlist = zone?.kind === 'playlist' ? playlists.get(zone.playlistId) : undefined;
    return playlist
      ? [{ ...playlist, items: playlist.items.filter((i) => slides.has(i.slideId)) }]
      : [];
  });
  const zoneSlideIds = new Set(zonePlaylists.flatMap((p) => p.items.map((i) => i.slideId)));
  zoneSlideIds.delete(slide.id);
  const zoneSlides = [...zoneSlideIds].flatMap((id) => slides.get(id) ?? []);

  return {
    slide,
    procedures: content.procedures,
    hotlines: content.hotlines,
    agency: content.agency,
    orientation: view.orientation,
    layout: view.layout,
    zones: view.zones,
    playlists: uniqueById(zonePlaylists),
    slides: zoneSlides,
    queueCalls: SAMPLE_CALLS,
    ...(item ? { durationSeconds: item.durationSeconds } : {}),
    ...(view.page ? { page: view.page } : {}),
    qrCodes: qrCodesOf([slide, ...zoneSlides]),
  };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** The QR codes of the QR slides among `slides`; a URL too long for one is left out. */
function qrCodesOf(slides: readonly Slide[]): PreviewMessage['qrCodes'] {
  const codes: NonNullable<PreviewMessage['qrCodes']> = {};
  for (const slide of slides) {
    if (slide.kind !== 'qr') continue;
    try {
      codes[slide.url] = qrPath(slide.url);
    } catch {
      // Too long for a QR code: the player shows the address alone, as a screen would.
    }
  }
  return codes;
}
