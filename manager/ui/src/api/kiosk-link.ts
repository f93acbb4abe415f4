import { KioskLinkSchema } from '@bangtin/shared';
import { api } from './api-client.js';

/** A player URL carrying a new device token for the screen (`POST /api/screens/{id}/kiosk-link`). */
export async function createKioskLink(screenId: string): Promise<string> {
  const body = await api.post(
    `/api/screens/${encodeURIComponent(screenId)}/kiosk-link`,
    {},
    KioskLinkSchema,
  );
  return body.url;
}
