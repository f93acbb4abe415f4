import type { DayPlan } from './day-plan.js';
import type { EntryTable } from './entry-table.js';
import { DAY_MS, MINUTE_MS } from './local-day.js';
import type { ZoneCalendar } from './zone-calendar.js';

/** Local wall clocks run at most this far ahead of UTC (historic offsets included). */
const MAX_OFFSET_MS = 16 * 3_600_000;

/** Where one resolve call looks: the zone around today, and how far ahead to search. */
export class SearchWindow {
  readonly today: number;
  readonly horizonDay: number;
  /** The instant standing for "no boundary found before the horizon". */
  readonly horizon: number;
  /** Where today ends: later occurrences cannot start before it. */
  readonly tomorrow: number;
  /** One UTC offset for yesterday through the day after tomorrow, or NaN near a transition. */
  readonly offset: number;

  constructor(
    readonly calendar: ZoneCalendar,
    readonly now: number,
    horizonDays: number,
  ) {
    this.today = calendar.dayOf(now);
    this.horizonDay = this.today + horizonDays;
    this.horizon = calendar.instant(this.horizonDay, 0);
    this.tomorrow = calendar.instant(this.today + 1, 0);
    let offset = calendar.plainOffset(this.today - 1);
    for (let day = this.today; day <= this.today + 2; day++) {
      if (calendar.plainOffset(day) !== offset) offset = Number.NaN;
    }
    this.offset = offset;
  }

  /** Whether wall times around today convert by one fixed offset (no transition near). */
  get isPlain(): boolean {
    return !Number.isNaN(this.offset);
  }

  /** calendar.instant, with plain arithmetic for the days around today. */
  instant(day: number, minute: number): number {
    const near = day - this.today;
    if (near >= -1 && near <= 2 && !Number.isNaN(this.offset)) {
      return day * DAY_MS + minute * MINUTE_MS - this.offset;
    }
    return this.calendar.instant(day, minute);
  }
}

/** Whether an entry is active at `now`, and the next instant its activity flips. */
export interface EntryState {
  active: boolean;
  /** Epoch ms after now; Infinity when it never flips (or is not searched, see readEntryState). */
  flip: number;
}

/**
 * Fills `out` for entry `index` of the plan's table. A start after today is searched only when
 * `before` (the earliest flip found elsewhere) is given, and only up to it: the caller asks
 * again with it when no entry changes before tomorrow.
 */
export function readEntryState(
  plan: DayPlan,
  index: number,
  window: SearchWindow,
  before: number | null,
  out: EntryState,
): void {
  out.active = false;
  out.flip = Number.POSITIVE_INFINITY;
  const { now, today } = window;
  const { table } = plan;
  const expiresAt = table.expiresAt[index]!;
  if (now >= expiresAt) return;
  // The occurrence containing now is yesterday's (crossing midnight, so begun), or today's.
  if (now < plan.yesterdayEnd[index]!) {
    let run = plan.yesterdayRun[index]!;
    if (Number.isNaN(run)) {
      run = runEnd(table, index, window, today - 1, plan.yesterdayEnd[index]!);
      plan.yesterdayRun[index] = run;
    }
    out.active = true;
    out.flip = Math.min(run, expiresAt);
    return;
  }
  const start = plan.todayStart[index]!;
  if (now < start) {
    if (start < expiresAt) out.flip = start;
    return;
  }
  if (now < plan.todayEnd[index]!) {
    let run = plan.todayRun[index]!;
    if (Number.isNaN(run)) {
      run = runEnd(table, index, window, today, plan.todayEnd[index]!);
      plan.todayRun[index] = run;
    }
    out.active = true;
    out.flip = Math.min(run, expiresAt);
    return;
  }
  if (before === null) return;
  const next = nextStart(table, index, window, before);
  if (next < expiresAt) out.flip = next;
}

/** The end of the occurrence on `day` joined with the occurrences that start where it ends. */
function runEnd(
  table: EntryTable,
  index: number,
  window: SearchWindow,
  day: number,
  end: number,
): number {
  const offset = table.endDayOffset[index]!;
  const endMinute = table.endMinute[index]!;
  if (table.wholeDays[index] === 1) {
    const stop = table.entries[index]!.nextInvalidDay(day + 1, window.horizonDay, window.calendar);
    if (stop === Number.POSITIVE_INFINITY) return stop;
    if (Number.isNaN(stop)) return window.horizon;
    return window.instant(stop - 1 + offset, endMinute);
  }
  // Shorter windows touch only where a DST gap swallows the pause between them.
  if (window.isPlain) return end;
  const startMinute = table.startMinute[index]!;
  let runEnd = end;
  for (let next = day + 1; table.isValidDay(index, next, window.calendar); next++) {
    const start = window.instant(next, startMinute);
    if (start > runEnd) break;
    const nextEnd = window.instant(next + offset, endMinute);
    runEnd = Math.max(runEnd, nextEnd > start ? nextEnd : start + table.lengthMs(index));
  }
  return runEnd;
}

/** The first non-empty occurrence starting after today, searched up to `before`. */
function nextStart(table: EntryTable, index: number, window: SearchWindow, before: number) {
  const { now, horizonDay } = window;
  const entry = table.entries[index]!;
  const limit = Math.min(horizonDay, Math.floor((before + MAX_OFFSET_MS) / DAY_MS));
  for (let day = window.today + 1; ; day++) {
    day = entry.nextValidDay(day, limit, window.calendar);
    if (Number.isNaN(day)) return limit === horizonDay ? window.horizon : Number.POSITIVE_INFINITY;
    // Beyond `limit` it cannot beat `before`; beyond the horizon without a rule, it is exact.
    if (day === Number.POSITIVE_INFINITY || (day > limit && limit < horizonDay)) {
      return Number.POSITIVE_INFINITY;
    }
    // Every occurrence lasts (see DayPlan), so the first start after now is the flip.
    const start = window.instant(day, entry.startMinute);
    if (start > now) return start;
  }
}
