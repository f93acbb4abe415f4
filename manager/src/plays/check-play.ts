import type { PlayRecord } from '@bangtin/shared';
import type { ServedVersion } from '../store/served-versions.js';

/** Room for clocks that drift and players that finish a slide a little late. */
export const PLAY_SLACK_MS = 5 * 60_000;

export type PlayRejection = 'unknown_version' | 'unknown_slide' | 'too_long' | 'out_of_time';

/**
 * Why a play cannot be true, or null when it can: it must name a slide of a manifest version
 * the screen was sent, last no longer than that slide may play, and fall between when that
 * version reached the screen and now (both with slack). A play the screen marks as stamped by an
 * untrusted clock has no time to check: it is kept, marked, and left out of the daily report.
 */
export function checkPlay(
  play: PlayRecord,
  served: ServedVersion | undefined,
  now: number,
): PlayRejection | null {
  if (!served) return 'unknown_version';
  const limit = served.slides[play.slideId];
  if (limit === undefined) return 'unknown_slide';
  if (play.durationMs > limit * 1.5 + PLAY_SLACK_MS) return 'too_long';
  if (play.clockTrusted === false) return null;
  const started = Date.parse(play.startedAt);
  if (started < Date.parse(served.firstAt) - PLAY_SLACK_MS) return 'out_of_time';
  if (started + play.durationMs > now + PLAY_SLACK_MS) return 'out_of_time';
  return null;
}
