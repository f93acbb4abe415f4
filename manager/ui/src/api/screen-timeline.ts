import { ScreenTimelineSchema, type ScreenTimelineSegment } from '@bangtin/shared';
import { api } from './api-client.js';

/** `GET /api/screens/{id}/timeline`: the segments between two instants (62 days at most). */
export async function fetchTimeline(
  screenId: string,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<ScreenTimelineSegment[]> {
  const query = new URLSearchParams({
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  });
  const path = `/api/screens/${encodeURIComponent(screenId)}/timeline?${query}`;
  return (await api.get(path, ScreenTimelineSchema, signal)).items;
}
