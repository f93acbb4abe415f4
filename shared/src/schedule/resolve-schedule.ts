import type { ScheduleEntry } from '../schemas/schedule.js';
import { cachedSchedule } from './compile-schedule.js';
import type { Resolution, ScheduleScreen } from './resolution.js';

export type { CompiledSchedule } from './compile-schedule.js';
export { compileSchedule, HORIZON_DAYS } from './compile-schedule.js';
export type { Resolution, ResolutionReason, ScheduleScreen } from './resolution.js';
export { scheduleTimeline } from './schedule-timeline.js';
export type { TimelineSegment } from './timeline-segments.js';
export { validateRrule } from './validate-rrule.js';
export { FALLBACK_TIME_ZONE, prepareTimeZone } from './zone-calendar.js';

/**
 * What `screen` shows at `now` (epoch ms) and when that may next change. Pure; the compiled
 * form of `entries` is cached per array, so pass a new array when the entries change.
 */
export function resolveSchedule(
  entries: readonly ScheduleEntry[],
  screen: ScheduleScreen,
  now: number,
): Resolution {
  return cachedSchedule(entries, screen.holidays).resolve(screen, now);
}
