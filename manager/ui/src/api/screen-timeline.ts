import { api } from './api-client.js';

/** One stretch of a screen's timeline: who plays, from when to when, and why. */
export interface TimelineSegment {
  from: string;
  to: string;
  state: 'playing' | 'off' | 'idle';
  playlistId: string | null;
  playlistName: string | null;
  entryId: string | null;
  entryName: string | null;
  reason: 'interrupt' | 'scheduled' | 'off' | 'default' | 'none';
  /** Entries that would play somewhere within the segment but lose to its winner. */
  overlappingEntryIds: string[];
}

/** `GET /api/screens/{id}/timeline`: the segments between two instants (62 days at most). */
export async function fetchTimeline(
  screenId: string,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<TimelineSegment[]> {
  const query = new URLSearchParams({
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  });
  const body = await api.get<{ items: TimelineSegment[] }>(
    `/api/screens/${encodeURIComponent(screenId)}/timeline?${query}`,
    signal,
  );
  return body.items;
}
