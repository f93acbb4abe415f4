import type { Resolution } from './resolution.js';

/** A stretch of time with one answer; `to` is exclusive. */
export interface TimelineSegment {
  from: number;
  to: number;
  state: Resolution['state'];
  playlistId: string | null;
  entryId: string | null;
  reason: Resolution['reason'];
}

/** Walks [from, to) by nextChangeAt, merging neighbours whose shown answer is the same. */
export function collectTimeline(
  resolveAt: (instant: number) => Resolution,
  from: number,
  to: number,
): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  for (let at = from; at < to; ) {
    const answer = resolveAt(at);
    const end = answer.nextChangeAt === null ? to : Math.min(answer.nextChangeAt, to);
    const last = segments.at(-1);
    if (
      last &&
      last.state === answer.state &&
      last.playlistId === answer.playlistId &&
      last.entryId === answer.entryId &&
      last.reason === answer.reason
    ) {
      last.to = end;
    } else {
      const { state, playlistId, entryId, reason } = answer;
      segments.push({ from: at, to: end, state, playlistId, entryId, reason });
    }
    at = end;
  }
  return segments;
}
