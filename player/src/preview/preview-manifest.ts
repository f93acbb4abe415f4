import {
  type Layout,
  type Manifest,
  ManifestSchema,
  type QueueCall,
  QueueCallSchema,
  type Slide,
} from '@bangtin/shared';

export const PREVIEW_MESSAGE = 'bang-tin-preview';
export const PREVIEW_READY = 'bang-tin-preview-ready';
export const PREVIEW_FIT = 'bang-tin-preview-fit';
const PREVIEW_ID = 'preview';

/** One slide to preview, as the admin UI posts it; checked by previewManifest. */
export interface PreviewMessage {
  type: typeof PREVIEW_MESSAGE;
  slide: unknown;
  procedures: unknown;
  hotlines: unknown;
  agency: unknown;
  orientation: unknown;
  layout: unknown;
  /** The admin encodes the slide's QR code: the player carries no encoder. */
  qrCodes: unknown;
  /** A playlist item's seconds, when the admin measures a playlist; 10 when absent. */
  durationSeconds?: unknown;
  /** The template's other zones: a playlist zone shows the previewed slide too. */
  zones?: unknown;
  /** Calls a queue zone shows (examples). */
  queueCalls?: unknown;
}

/** What the preview answers once a slide is shown: how the fit engine laid it out and paced it. */
export interface PreviewFit {
  type: typeof PREVIEW_FIT;
  slideId: string;
  layout: Layout;
  orientation: 'landscape' | 'portrait';
  /** Each page's time on screen; their sum is the slide's real duration. */
  pageMs: number[];
  durationMs: number;
  /** Text went down to its floors (and the tightest arrangement). */
  atFloor: boolean;
}

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
  if ((data as { type?: unknown } | null)?.type !== PREVIEW_MESSAGE) return null;
  const message = data as PreviewMessage;
  const slide = message.slide as { id?: unknown } | null;
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
      zones: previewZones(message.zones),
    },
    agency: message.agency,
    schedule: [],
    playlists: [
      {
        id: PREVIEW_ID,
        name: PREVIEW_ID,
        items: [{ slideId: slide?.id, durationSeconds: message.durationSeconds }],
      },
    ],
    slides: [message.slide],
    procedures: message.procedures,
    hotlines: message.hotlines,
    media: [],
    qrCodes: message.qrCodes,
  });
  if (!parsed.success) return null;
  const calls = Array.isArray(message.queueCalls) ? message.queueCalls : [];
  const queueCalls = calls.flatMap((call) => {
    const checked = QueueCallSchema.safeParse(call);
    return checked.success ? [checked.data] : [];
  });
  const [first] = parsed.data.slides;
  return first ? { manifest: parsed.data, slide: first, queueCalls } : null;
}

/** The zones as posted, a playlist zone playing the preview's one slide. */
function previewZones(zones: unknown): unknown {
  if (typeof zones !== 'object' || zones === null) return {};
  return Object.fromEntries(
    Object.entries(zones).map(([name, zone]) => [
      name,
      (zone as { kind?: unknown } | null)?.kind === 'playlist'
        ? { kind: 'playlist', playlistId: PREVIEW_ID }
        : zone,
    ]),
  );
}
