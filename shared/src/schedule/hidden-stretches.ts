import type { ScheduleEntry } from '../schemas/schedule.js';
import type { ScheduleScreen } from './resolution.js';
import { scheduleTimeline } from './schedule-timeline.js';

/** A stretch of time in which `entryId` would play on its own but `hiddenBy` wins instead. */
export interface HiddenStretch {
  screenId: string;
  entryId: string;
  hiddenBy: string;
  from: number;
  to: number;
}

/**
 * Where `entry` is hidden by other entries on `screen` over [from, to): the timeline of the
 * entry alone, intersected with the timeline of all entries wherever another entry wins.
 * Whole intervals, not samples, so a lunch break in the middle of a block cannot hide a conflict.
 */
export function hiddenStretches(
  entry: ScheduleEntry,
  entries: readonly ScheduleEntry[],
  screen: ScheduleScreen,
  from: number,
  to: number,
): HiddenStretch[] {
  const own = scheduleTimeline([entry], screen, from, to).filter((s) => s.entryId === entry.id);
  if (own.length === 0) return [];
  const all = [...entries.filter((other) => other.id !== entry.id), entry];
  const winners = scheduleTimeline(all, screen, from, to).filter(
    (s) => s.entryId !== null && s.entryId !== entry.id,
  );
  const stretches: HiddenStretch[] = [];
  for (const mine of own) {
    for (const winner of winners) {
      const start = Math.max(mine.from, winner.from);
      const end = Math.min(mine.to, winner.to);
      if (end <= start || winner.entryId === null) continue;
      const last = stretches.at(-1);
      if (last && last.hiddenBy === winner.entryId && last.to === start) last.to = end;
      else {
        stretches.push({
          screenId: screen.id,
          entryId: entry.id,
          hiddenBy: winner.entryId,
          from: start,
          to: end,
        });
      }
    }
  }
  return stretches;
}

/** Every entry's hidden stretches on one screen: what the week view marks as overlaps. */
export function hiddenStretchesOfAll(
  entries: readonly ScheduleEntry[],
  screen: ScheduleScreen,
  from: number,
  to: number,
): HiddenStretch[] {
  return entries.flatMap((entry) => hiddenStretches(entry, entries, screen, from, to));
}
