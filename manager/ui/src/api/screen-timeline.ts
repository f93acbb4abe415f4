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

/** The entries that also apply at an instant but lose to the one that plays. */
export async function fetchOverlaps(
  screenId: string,
  at: number,
  signal?: AbortSignal,
): Promise<string[]> {
  const query = new URLSearchParams({ at: new Date(at).toISOString() });
  const body = await api.get<{ overlappingEntryIds: string[] }>(
    `/api/screens/${encodeURIComponent(screenId)}/preview?${query}`,
    signal,
  );
  return body.overlappingEntryIds;
}
