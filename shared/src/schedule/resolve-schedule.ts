import type { ScheduleEntry } from '../schemas/schedule.js';
import type { Resolution, ScheduleScreen } from './resolution.js';

export type { Resolution, ScheduleScreen } from './resolution.js';

// PLACEHOLDER, replaced by the scheduling-engine work in this session: plays the default playlist.
export function resolveSchedule(
  _entries: readonly ScheduleEntry[],
  screen: ScheduleScreen,
  _now: number,
): Resolution {
  return {
    state: screen.defaultPlaylistId ? 'playing' : 'idle',
    playlistId: screen.defaultPlaylistId,
    entryId: null,
    reason: screen.defaultPlaylistId ? 'default' : 'none',
    nextChangeAt: null,
    overlappingEntryIds: [],
  };
}
