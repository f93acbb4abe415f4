import type {
  Resolution,
  ScheduleScreen,
} from '../../../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../../../shared/src/schemas/schedule.js';

/** A stored entry: every day, all day, on every screen, unless overridden. */
export function entry(overrides: Partial<ScheduleEntry> & { id: string }): ScheduleEntry {
  return {
    name: overrides.id,
    kind: 'playlist',
    playlistId: `playlist-${overrides.id}`,
    target: { all: true, screenIds: [], groupIds: [] },
    startDate: null,
    endDate: null,
    weekdays: [],
    startTime: null,
    endTime: null,
    rrule: null,
    exdates: [],
    priority: 0,
    expiresAt: null,
    holidayMode: 'ignore',
    layout: null,
    zones: {},
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export function screenIn(
  timeZone: string,
  overrides: Partial<ScheduleScreen> = {},
): ScheduleScreen {
  return {
    id: 'screen-1',
    groupIds: ['group-a'],
    timeZone,
    defaultPlaylistId: 'default',
    ...overrides,
  };
}

export const HO_CHI_MINH = screenIn('Asia/Ho_Chi_Minh');
export const NEW_YORK = screenIn('America/New_York');
export const BERLIN = screenIn('Europe/Berlin');

/** Epoch ms of an ISO instant written with its offset, e.g. 2026-03-06T22:00+07:00. */
export function at(iso: string): number {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`bad instant in test: ${iso}`);
  return instant;
}

/** The answer without nextChangeAt, for comparing two instants. */
export function answer(resolution: Resolution): Omit<Resolution, 'nextChangeAt'> {
  const { nextChangeAt: _ignored, ...rest } = resolution;
  return rest;
}
