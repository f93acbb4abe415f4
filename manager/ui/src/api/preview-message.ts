import type { Hotline, Procedure, QrCode, Settings } from '@bangtin/shared';

/** What the admin posts to the player iframe at `/?preview=1` on every change. */
export interface PreviewMessage {
  type: 'bang-tin-preview';
  slide: unknown;
  procedures: readonly Procedure[];
  hotlines: readonly Hotline[];
  agency: Pick<Settings, 'agencyName' | 'agencySubtitle' | 'logoSha256' | 'tickerText'> | null;
  orientation: 'landscape' | 'portrait';
  layout: 'full' | 'strip';
  /** The slide's QR code by URL, encoded by the admin: the player carries no encoder. */
  qrCodes: Record<string, QrCode>;
}
