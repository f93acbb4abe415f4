import {
  ManifestSchema,
  PlaylistSchema,
  ScheduleEntrySchema,
  ScreenSchema,
  SettingsSchema,
  SlideSchema,
} from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../../manager/src/manifest/build-manifest.js';
import type { ContentSnapshot } from '../../../../manager/src/store/load-content.js';

const slide = (id: string) => SlideSchema.parse({ id, kind: 'message', title: id, heading: id });
const playlist = (id: string) => PlaylistSchema.parse({ id, name: id, items: [{ slideId: id }] });

function content(schedule: ContentSnapshot['schedule']): ContentSnapshot {
  const ids = ['main', 'side', 'entry-main', 'entry-panel', 'unused'];
  return {
    settings: SettingsSchema.parse({ agencyName: 'UBND', defaultPlaylistId: 'main' }),
    media: [],
    slides: ids.map(slide),
    procedures: [],
    hotlines: [],
    playlists: ids.map(playlist),
    schedule,
    groups: [],
    screens: [],
    holidays: [],
  };
}

const screen = ScreenSchema.parse({
  id: 'screen-1',
  name: 'Sảnh',
  layout: 'side-panel',
  zones: { side: { kind: 'playlist', playlistId: 'side' } },
  speakCalls: true,
  paired: true,
  lastSeenAt: null,
  manifestVersion: null,
});

const officeHours = ScheduleEntrySchema.parse({
  id: 'office',
  name: 'Giờ làm việc',
  playlistId: 'entry-main',
  createdAt: '2026-01-01T00:00:00Z',
  layout: 'side-panel',
  zones: {
    side: { kind: 'queue', counters: ['1', '2'] },
    panel: { kind: 'playlist', playlistId: 'entry-panel' },
  },
});

describe('buildManifest zones', () => {
  it("carries the screen's template, zones and spoken calls", () => {
    const manifest = buildManifest(screen, content([]));
    expect(manifest.screen).toMatchObject({
      layout: 'side-panel',
      zones: { side: { kind: 'playlist', playlistId: 'side' } },
      speakCalls: true,
    });
    expect(ManifestSchema.parse(manifest)).toEqual(manifest);
  });

  it("carries every zone's playlist and slides, the screen's and its entries', and no others", () => {
    const manifest = buildManifest(screen, content([officeHours]));
    expect(manifest.playlists.map((p) => p.id).sort()).toEqual(
      ['entry-main', 'entry-panel', 'main', 'side'].sort(),
    );
    expect(manifest.slides.map((s) => s.id)).not.toContain('unused');
    expect(manifest.schedule[0]?.zones).toEqual(officeHours.zones);
  });
});
