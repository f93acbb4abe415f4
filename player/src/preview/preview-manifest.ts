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
}

/**
 * The one-slide manifest a preview message describes, validated by the shared manifest schema
 * (so the preview accepts exactly what a screen would play); null for anything else. Its media
 * list is empty: previews load files straight from `/media/<sha256>`.
 */
export function previewManifest(data: unknown): Preview | null {
  const received = PreviewMessageSchema.safeParse(data);
  if (!received.success) return null;
  const message = received.data;
  const slide = typeof message.slide === 'object' ? message.slide : null;
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
      zones: previewZones(message.zones ?? {}),
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
    ],
    slides: [message.slide],
    procedures: message.procedures,
    hotlines: message.hotlines,
    media: [],
    qrCodes: message.qrCodes,
  });
  if (!parsed.success) return null;
  const [first] = parsed.data.slides;
  return first
    ? { manifest: parsed.data, slide: first, queueCalls: message.queueCalls ?? [] }
    : null;
}

/** The zones as posted, a playlist zone playing the preview's one slide. */
function previewZones(zones: Zones): Zones {
  return Object.fromEntries(
    Object.entries(zones).map(([name, zone]) => [
      name,
      zone?.kind === 'playlist' ? { ...zone, playlistId: PREVIEW_ID } : zone,
    ]),
  );
}
