import {
  effectiveLayout,
  hasQueueZone,
  type Manifest,
  ScheduleEntrySchema,
  ScreenInputSchema,
  type ZoneContent,
  ZoneContentSchema,
  ZonesSchema,
} from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const entry = (id: string, extra: object = {}) =>
  ScheduleEntrySchema.parse({
    id,
    name: id,
    playlistId: 'p',
    createdAt: '2026-01-01T00:00:00Z',
    ...extra,
  });

function manifestOf(
  screen: Pick<Manifest['screen'], 'layout' | 'zones'>,
  schedule: Manifest['schedule'],
): Pick<Manifest, 'screen' | 'schedule'> {
  return {
    screen: {
      id: 's',
      name: 's',
      groupIds: [],
      orientation: 'landscape',
      timeZone: 'Asia/Ho_Chi_Minh',
      defaultPlaylistId: null,
      holidays: [],
      speakCalls: false,
      ...screen,
    },
    schedule,
  };
}

describe('zone schemas', () => {
  it('fills in an empty counter list (every counter) for a queue zone', () => {
    expect(ZoneContentSchema.parse({ kind: 'queue' })).toEqual({ kind: 'queue', counters: [] });
  });

  it('refuses a playlist zone without a playlist, an unknown kind and an empty counter', () => {
    expect(ZoneContentSchema.safeParse({ kind: 'playlist' }).success).toBe(false);
    expect(ZoneContentSchema.safeParse({ kind: 'video' }).success).toBe(false);
    expect(ZoneContentSchema.safeParse({ kind: 'queue', counters: [' '] }).success).toBe(false);
  });

  it('gives a screen and an entry from before zones no zones and no layout of their own', () => {
    expect(ScreenInputSchema.parse({ name: 'Sảnh' })).toMatchObject({
      layout: 'full',
      zones: {},
      speakCalls: false,
    });
    expect(entry('e')).toMatchObject({ layout: null, zones: {} });
    expect(ZonesSchema.parse({})).toEqual({});
  });
});

describe('effectiveLayout', () => {
  const queue: ZoneContent = { kind: 'queue', counters: [] };
  const screen = { layout: 'side-panel', zones: { side: queue } } as const;

  it('follows the screen when the entry sets no layout, and when nothing is scheduled', () => {
    const manifest = manifestOf(screen, [entry('plain')]);
    expect(effectiveLayout(manifest, 'plain')).toEqual({
      layout: 'side-panel',
      zones: { side: queue },
    });
    expect(effectiveLayout(manifest, null)).toEqual(effectiveLayout(manifest, 'plain'));
  });

  it("takes the entry's own template and zones while it plays", () => {
    const panel: ZoneContent = { kind: 'playlist', playlistId: 'p2' };
    const manifest = manifestOf(screen, [
      entry('evening', { layout: 'full' }),
      entry('band', { layout: 'queue-band', zones: { band: queue } }),
      entry('panel', { layout: 'side-panel', zones: { panel } }),
    ]);
    expect(effectiveLayout(manifest, 'evening')).toEqual({ layout: 'full', zones: {} });
    expect(effectiveLayout(manifest, 'band')).toEqual({
      layout: 'queue-band',
      zones: { band: queue },
    });
    expect(effectiveLayout(manifest, 'panel')).toEqual({ layout: 'side-panel', zones: { panel } });
  });

  it('drops zones the template does not have', () => {
    const manifest = manifestOf({ layout: 'full', zones: { side: queue, band: queue } }, []);
    expect(effectiveLayout(manifest, null)).toEqual({ layout: 'full', zones: {} });
  });

  it('says whether any template the screen can show has a queue zone', () => {
    const none = manifestOf({ layout: 'full', zones: { side: queue } }, [entry('e')]);
    expect(hasQueueZone(none)).toBe(false);
    const byEntry = manifestOf({ layout: 'full', zones: {} }, [
      entry('e', { layout: 'queue-band', zones: { band: queue } }),
    ]);
    expect(hasQueueZone(byEntry)).toBe(true);
  });
});
