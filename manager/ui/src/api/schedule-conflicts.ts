import {
  type ScheduleConflict,
  ScheduleConflictListSchema,
  type ScheduleConflictQuery,
} from '@bangtin/shared';
import { api } from './api-client.js';

/** `POST /api/schedule-conflicts`: where the entry, unsaved, would be hidden and by what. */
export async function fetchConflicts(query: ScheduleConflictQuery): Promise<ScheduleConflict[]> {
  const body = await api.post('/api/schedule-conflicts', query, ScheduleConflictListSchema);
  return body.items;
}
