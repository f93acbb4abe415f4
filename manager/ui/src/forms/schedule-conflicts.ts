import type { ScheduleConflict, ScheduleEntryInput } from '@bangtin/shared';
import { addDays, zonedInstant, zonedParts } from '../format/zoned-time.js';

/** Local hours hidden on a set of weekdays (ISO, 1 = Monday). */
export interface HiddenWindow {
  weekdays: number[];
  startTime: string;
  endTime: string;
}

/** Everything one entry hides of the edited one: on which screens, which days and hours. */
export interface ConflictGroup {
  hiddenBy: ScheduleConflict['hiddenBy'];
  screens: string[];
  windows: HiddenWindow[];
}

const pad = (value: number) => String(value).padStart(2, '0');
const clock = (minute: number) => `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}`;
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/**
 * The stretches grouped by the entry that hides, then by local hours, with the weekdays those
 * hours are hidden on: "Giờ làm việc hides Monday – Friday, 07:30–11:30".
 */
export function summarizeConflicts(conflicts: readonly ScheduleConflict[]): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup & { byHours: Map<string, Set<number>> }>();
  for (const conflict of conflicts) {
    let group = groups.get(conflict.hiddenBy.id);
    if (!group) {
      group = { hiddenBy: conflict.hiddenBy, screens: [], windows: [], byHours: new Map() };
      groups.set(conflict.hiddenBy.id, group);
    }
    if (!group.screens.includes(conflict.screenName)) group.screens.push(conflict.screenName);
    for (const piece of localPieces(conflict)) {
      const key = `${clock(piece.start)}–${clock(piece.end)}`;
      const days = group.byHours.get(key) ?? new Set<number>();
      days.add(piece.weekday);
      group.byHours.set(key, days);
    }
  }
  return [...groups.values()].map(({ byHours, ...group }) => ({
    ...group,
    windows: [...byHours].map(([hours, days]) => {
      const [startTime = '', endTime = ''] = hours.split('–');
      return { weekdays: [...days].sort((a, b) => a - b), startTime, endTime };
    }),
  }));
}

/** A stretch cut at local midnights: weekday and minutes of each local day it covers. */
function localPieces(
  conflict: ScheduleConflict,
): { weekday: number; start: number; end: number }[] {
  const pieces = [];
  let at = Date.parse(conflict.from);
  const to = Date.parse(conflict.to);
  while (at < to) {
    const start = zonedParts(at, conflict.timeZone);
    const next = Math.min(to, zonedInstant(addDays(start.date, 1), 0, conflict.timeZone));
    const end = next === to ? zonedParts(to, conflict.timeZone).minute || 1440 : 1440;
    pieces.push({ weekday: isoWeekday(start.date), start: start.minute, end });
    at = next;
  }
  return pieces;
}

type Timing = Pick<ScheduleEntryInput, 'weekdays' | 'startTime' | 'endTime' | 'rrule'>;
const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function windowOf(entry: Timing): [number, number] | null {
  if (entry.startTime == null || entry.endTime == null) return [0, 1440];
  const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const start = minute(entry.startTime);
  const end = entry.endTime === '00:00' ? 1440 : minute(entry.endTime);
  // A window crossing midnight cannot be cut into one-day pieces here.
  return end > start ? [start, end] : null;
}

const daysOf = (entry: Timing) =>
  entry.rrule ? null : entry.weekdays?.length ? entry.weekdays : ALL_WEEKDAYS;

/** A time window as entry fields: the whole day is no times at all. */
function timesOf(start: number, end: number) {
  return start === 0 && end === 1440
    ? { startTime: null, endTime: null }
    : { startTime: clock(start), endTime: clock(end) };
}

/**
 * The other entry narrowed so that it no longer covers `mine`: on the weekdays both share, its
 * hours before and after mine; on its other weekdays, as it was. The first piece replaces the
 * other entry, the rest are new entries. Null when it cannot be narrowed this way (a window
 * across midnight, hours that do not overlap, or nothing left of it).
 */
export function narrowAround<T extends Timing & { name: string }>(
  other: T,
  mine: Timing,
): T[] | null {
  const theirs = windowOf(other);
  const ours = windowOf(mine);
  if (!theirs || !ours || ours[0] >= theirs[1] || theirs[0] >= ours[1]) return null;
  const otherDays = daysOf(other);
  const myDays = daysOf(mine);
  const sameDays = otherDays !== null && myDays !== null;
  const shared = sameDays ? otherDays.filter((day) => myDays.includes(day)) : null;
  if (shared !== null && shared.length === 0) return null;
  const pieces: T[] = [];
  if (sameDays) {
    const rest = otherDays.filter((day) => !myDays.includes(day));
    if (rest.length > 0) pieces.push({ ...other, weekdays: rest });
  }
  const withDays =
    shared && shared.length < 7 ? { weekdays: shared } : sameDays ? { weekdays: [] } : {};
  if (ours[0] > theirs[0]) pieces.push({ ...other, ...withDays, ...timesOf(theirs[0], ours[0]) });
  if (theirs[1] > ours[1]) pieces.push({ ...other, ...withDays, ...timesOf(ours[1], theirs[1]) });
  if (pieces.length === 0) return null;
  return pieces.map((piece, index) =>
    index === 0 ? piece : { ...piece, name: `${other.name} (${index + 1})` },
  );
}
