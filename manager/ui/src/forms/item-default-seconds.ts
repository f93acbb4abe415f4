import { clipSeconds, type Media, PlaylistItemSchema, type Slide } from '@bangtin/shared';

/** The schema's default time for a playlist item (10 s). */
const DEFAULT_SECONDS = PlaylistItemSchema.shape.durationSeconds.parse(undefined);

/**
 * The time a new playlist item starts with: a video's whole length when it is known, else the
 * schema's default.
 */
export function defaultItemSeconds(slide: Slide | undefined, media: readonly Media[]): number {
  if (slide?.kind !== 'video') return DEFAULT_SECONDS;
  const durationMs = media.find((m) => m.sha256 === slide.mediaSha256)?.durationMs ?? null;
  return durationMs === null ? DEFAULT_SECONDS : clipSeconds(durationMs);
}
