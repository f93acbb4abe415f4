import type {
  Hotline,
  Layout,
  Procedure,
  QrCode,
  QueueCall,
  Settings,
  Zones,
} from '@bangtin/shared';

/** What the admin posts to the player iframe at `/?preview=1` on every change. */
export interface PreviewMessage {
  type: 'bang-tin-preview';
  slide: unknown;
  procedures: readonly Procedure[];
  hotlines: readonly Hotline[];
  agency: Pick<
    Settings,
    | 'agencyName'
    | 'agencySubtitle'
    | 'logoSha256'
    | 'tickerText'
    | 'readingCharsPerSecond'
    | 'tickerCharsPerSecond'
  > | null;
  orientation: 'landscape' | 'portrait';
  layout: Layout;
  /** The template's other zones (a playlist zone shows the slide too). */
  zones?: Zones;
  /** Example calls for a queue zone. */
  queueCalls?: QueueCall[];
  /** The playlist item's seconds, when a playlist is measured (a page's minimum shares them). */
  durationSeconds?: number;
  /** The slide's QR code by URL, encoded by the admin: the player carries no encoder. */
  qrCodes: Record<string, QrCode>;
}

/** The player's answer once it shows a previewed slide: how its fit engine laid it out. */
export interface PreviewFit {
  type: 'bang-tin-preview-fit';
  slideId: string;
  layout: Layout;
  orientation: 'landscape' | 'portrait';
  /** Each page's time on screen; their sum is the slide's real duration. */
  pageMs: number[];
  durationMs: number;
  /** Text went down to its floors. */
  atFloor: boolean;
}

export function isPreviewFit(data: unknown): data is PreviewFit {
  const fit = data as Partial<PreviewFit> | null;
  return (
    fit?.type === 'bang-tin-preview-fit' &&
    Array.isArray(fit.pageMs) &&
    typeof fit.durationMs === 'number'
  );
}
