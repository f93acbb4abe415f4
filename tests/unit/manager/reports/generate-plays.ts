import { randomUUID } from 'node:crypto';
import type { PlayRecord } from '@bangtin/shared';

/**
 * The plays a screen makes looping `slideIds` (each `seconds` long) from `from` until `to`
 * (ISO instants): one record per slide shown, as the player records them.
 */
export function loopPlays(
  slideIds: readonly string[],
  playlistId: string | null,
  from: string,
  to: string,
  seconds = 10,
): PlayRecord[] {
  const plays: PlayRecord[] = [];
  const end = Date.parse(to);
  for (let at = Date.parse(from), index = 0; at < end; at += seconds * 1000, index++) {
    plays.push({
      id: randomUUID(),
      slideId: slideIds[index % slideIds.length] as string,
      playlistId,
      manifestVersion: 'v1',
      startedAt: new Date(at).toISOString(),
      durationMs: seconds * 1000,
    });
  }
  return plays;
}

/** Splits plays into upload batches as the player sends them. */
export function batches<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    out.push(items.slice(start, start + size));
  return out;
}
