import {
  type Manifest,
  ManifestSchema,
  PreviewMessageSchema,
  type QueueCall,
  type Slide,
  type Zones,
} from '@bangtin/shared';

const PREVIEW_ID = 'preview';

export interface Preview {
  manifest: Manifest;
  slide: Slide;
  queueCalls: QueueCall[];
  page: number;
}

/**
 * The manifest a preview message describes (one slide in the main zone, and the playlists the
 * other zones play), validated by the shared manifest schema
 * (so the preview accepts exactly what a screen would play); null for anything else. Its media
 * list is empty: previews load files straight from `/media/<sha256>`.
 */
export function previewManifest(data: unknown): Preview | null {
  const received = PreviewMessageSchema.safeParse(data);
  if (!received.success) return null;
  const message = received.data;
  const slide = typeof message.slide === 'object' ? message.slide : null;
  const playlists = message.playlists ?? [];
  const parsed = ManifestSchema.safeParse({
    schemaVersion: 1,
    version: PREVIEW_ID,
    screen: {
      id: PREVIEW_ID,
      name: PREVIEW_ID,
      groupIds: [],
      orientation: message.orientation,
      layout: message.layout,
      timeZone: 'Asia/Ho_Chi_Minh',
      defaultPlaylistId: PREVIEW_ID,
      zones: previewZones(message.zones ?? {}, new Set(playlists.map(idOf))),
    },
    agency: message.agency,
    schedule: [],
    playlists: [
      {
        id: PREVIEW_ID,
        name: PREVIEW_ID,
        items: [
          {
            slideId: slide && 'id' in slide ? slide.id : undefined,
            durationSeconds: message.durationSeconds,
          },
        ],
      },
      ...playlists,
    ],
    slides: [message.slide, ...(message.slides ?? [])],
    procedures: message.procedures,
    hotlines: message.hotlines,
    media: [],
    qrCodes: message.qrCodes,
  });
  if (!parsed.success) return null;
  const [first] = parsed.data.slides;
  return first
    ? {
        manifest: parsed.data,
        slide: first,
        queueCalls: message.queueCalls ?? [],
        page: message.page ?? 0,
      }
    : null;
}

/** The zones as posted, a playlist zone whose playlist was not sent playing the one slide. */
function previewZones(zones: Zones, sent: ReadonlySet<unknown>): Zones {
  return Object.fromEntries(
    Object.entries(zones).map(([name, zone]) => [
      name,
      zone?.kind === 'playlist' && !sent.has(zone.playlistId)
        ? { ...zone, playlistId: PREVIEW_ID }
        : zone,
    ]),
  );
}

function idOf(item: unknown): unknown {
  return typeof item === 'object' && item && 'id' in item ? item.id : null;
}
