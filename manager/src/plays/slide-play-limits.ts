import type { Manifest } from '@bangtin/shared';

/** A procedures list pages through its rows, a video runs its length: both bounded by this. */
const CONTENT_PACED_MS = 3_600_000;

/** For each slide a manifest can play, the longest one showing of it may last, in ms. */
export function slidePlayLimits(manifest: Pick<Manifest, 'playlists' | 'slides'>) {
  const kinds = new Map(manifest.slides.map((slide) => [slide.id, slide.kind]));
  const limits: Record<string, number> = {};
  for (const playlist of manifest.playlists) {
    for (const item of playlist.items) {
      const kind = kinds.get(item.slideId);
      if (!kind) continue;
      const paced = kind === 'procedures' || kind === 'video';
      const ms = Math.max(item.durationSeconds * 1000, paced ? CONTENT_PACED_MS : 0);
      limits[item.slideId] = Math.max(limits[item.slideId] ?? 0, ms);
    }
  }
  return limits;
}
