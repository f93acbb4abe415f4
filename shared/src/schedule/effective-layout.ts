import type { Manifest } from '../schemas/manifest.js';
import { LAYOUT_ZONES, type Layout } from '../schemas/screen-layout.js';
import type { Zones } from '../schemas/zone.js';

/** A template and the content of its zones (only the zones the template has). */
export interface EffectiveLayout {
  layout: Layout;
  zones: Zones;
}

/**
 * What the screen looks like while entry `entryId` plays (null: the default playlist or
 * nothing): the entry's own template and zones when it sets one, else the screen's.
 */
export function effectiveLayout(
  manifest: Pick<Manifest, 'screen' | 'schedule'>,
  entryId: string | null,
): EffectiveLayout {
  const entry = entryId === null ? undefined : manifest.schedule.find((e) => e.id === entryId);
  const source = entry?.layout ? { layout: entry.layout, zones: entry.zones } : manifest.screen;
  const zones: Zones = {};
  for (const name of LAYOUT_ZONES[source.layout]) {
    const content = source.zones[name];
    if (content) zones[name] = content;
  }
  return { layout: source.layout, zones };
}

/** Every playlist a screen's zones or its entries' zones can play. */
export function zonePlaylistIds(zoneSets: readonly Zones[]): string[] {
  return zoneSets.flatMap((zones) =>
    Object.values(zones).flatMap((content) =>
      content?.kind === 'playlist' ? [content.playlistId] : [],
    ),
  );
}

/** Whether any template the screen can show has a queue zone (then it follows the queue). */
export function hasQueueZone(manifest: Pick<Manifest, 'screen' | 'schedule'>): boolean {
  const layouts = [
    effectiveLayout(manifest, null),
    ...manifest.schedule.map((entry) => effectiveLayout(manifest, entry.id)),
  ];
  return layouts.some(({ zones }) => Object.values(zones).some((zone) => zone?.kind === 'queue'));
}
