import {
  SettingsSchema,
  StoredHotlineSchema,
  StoredPlaylistSchema,
  StoredProcedureSchema,
  StoredSlideSchema,
} from '@bangtin/shared';
import { api, listItems } from '../api/api-client.js';
import type { PreviewContent } from './screen-preview-message.js';

/** Everything a whole-screen preview may draw: slides, playlists, procedures, hotlines, agency. */
export async function loadPreviewContent(signal?: AbortSignal): Promise<PreviewContent> {
  const [slides, playlists, procedures, hotlines, settings] = await Promise.all([
    listItems('slides', StoredSlideSchema, signal),
    listItems('playlists', StoredPlaylistSchema, signal),
    listItems('procedures', StoredProcedureSchema, signal),
    listItems('hotlines', StoredHotlineSchema, signal),
    // The header still draws without the agency's name (a viewer may not read settings).
    api.get('/api/settings', SettingsSchema, signal).catch(() => null),
  ]);
  return {
    slides,
    playlists,
    procedures,
    hotlines,
    agency: settings
      ? {
          agencyName: settings.agencyName,
          agencySubtitle: settings.agencySubtitle,
          logoSha256: settings.logoSha256,
          tickerText: settings.tickerText,
          readingCharsPerSecond: settings.readingCharsPerSecond,
          tickerCharsPerSecond: settings.tickerCharsPerSecond,
        }
      : null,
  };
}
