import type { ScheduleEntry } from '../schemas/schedule.js';
import { cachedSchedule } from './compile-schedule.js';
import type { ScheduleScreen } from './resolution.js';
import type { TimelineSegment } from './timeline-segments.js';

/** What a screen shows over [from, to), as segments with one answer each (for the preview). */
export function scheduleTimeline(
  entries: readonly ScheduleEntry[],
  screen: ScheduleScreen,
  from: number,
  to: number,
): TimelineSegment[] {
  return cachedSchedule(entries, screen.holidays).timeline(screen, from, to);
}
