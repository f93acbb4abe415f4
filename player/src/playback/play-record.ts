import type { PlayRecord } from '@bangtin/shared';

const MAX_DURATION_MS = 86_400_000;

export interface ShownSlide {
  slideId: string;
  playlistId: string | null;
  manifestVersion: string;
  /** Epoch ms on the corrected clock. */
  startedAt: number;
  /** False when that clock was not trusted: the report must not believe `startedAt`. */
  clockTrusted?: boolean;
}

/** The proof-of-play record for a slide shown from `shown.startedAt` until `endedAt`. */
export function createPlayRecord(
  shown: ShownSlide,
  endedAt: number,
  makeId: () => string = () => crypto.randomUUID(),
): PlayRecord {
  const durationMs = Math.round(Math.min(MAX_DURATION_MS, Math.max(0, endedAt - shown.startedAt)));
  return {
    id: makeId(),
    slideId: shown.slideId,
    playlistId: shown.playlistId,
    manifestVersion: shown.manifestVersion.slice(0, 128),
    startedAt: new Date(shown.startedAt).toISOString(),
    durationMs,
    ...(shown.clockTrusted === false ? { clockTrusted: false } : {}),
  };
}
