import type { ScheduleConflictQuery } from '@bangtin/shared';
import type { Conflict } from '../forms/schedule-conflicts.js';
import { api } from './api-client.js';

/** `POST /api/schedule-conflicts`: where the entry, unsaved, would be hidden and by what. */
export async function fetchConflicts(query: ScheduleConflictQuery): Promise<Conflict[]> {
  const body = await api.post<{ items: Conflict[] }>('/api/schedule-conflicts', query);
  return body.items;
}
