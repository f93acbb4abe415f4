import type { SearchWindow } from './entry-state.js';
import type { EntryTable } from './entry-table.js';
import { DAY_MS, isoWeekday, MINUTE_MS } from './local-day.js';

/**
 * Every entry's occurrences around one local day (yesterday's crossing midnight, and today's),
 * computed once so that further instants of that day cost a few comparisons per entry.
 * NaN marks "no occurrence"; runs (ends joined with touching occurrences) fill in on demand.
 * The arrays are refilled, not reallocated, when the day changes.
 */
export class DayPlan {
  private window: SearchWindow | null = null;
  readonly yesterdayStart: Float64Array;
  readonly yesterdayEnd: Float64Array;
  readonly todayStart: Float64Array;
  readonly todayEnd: Float64Array;
  readonly yesterdayRun: Float64Array;
  readonly todayRun: Float64Array;

  constructor(readonly table: EntryTable) {
    const { size } = table;
    this.yesterdayStart = new Float64Array(size);
    this.yesterdayEnd = new Float64Array(size);
    this.todayStart = new Float64Array(size);
    this.todayEnd = new Float64Array(size);
    this.yesterdayRun = new Float64Array(size);
    this.todayRun = new Float64Array(size);
  }

  /** Makes the plan answer for the zone and day of `window`, unless it already does. */
  prepare(window: SearchWindow): void {
    const previous = this.window;
    if (previous && previous.calendar === window.calendar && previous.today === window.today)
      return;
    this.window = window;
    const { table } = this;
    const { size } = table;
    const { today } = window;
    for (const values of [this.yesterdayStart, this.yesterdayEnd, this.todayStart, this.todayEnd]) {
      values.fill(Number.NaN);
    }
    this.yesterdayRun.fill(Number.NaN);
    this.todayRun.fill(Number.NaN);
    // The checks of EntryTable.isValidDay and SearchWindow.instant, unrolled for two known days.
    const todayBit = 1 << isoWeekday(today);
    const yesterdayBit = 1 << isoWeekday(today - 1);
    const plain = !Number.isNaN(window.offset);
    const midnight = today * DAY_MS - window.offset;
    const instant = (dayOffset: number, minute: number) =>
      plain
        ? midnight + dayOffset * DAY_MS + minute * MINUTE_MS
        : window.instant(today + dayOffset, minute);
    const { firstDay, lastDay, weekdayMask, plainDays, entries } = table;
    for (let index = 0; index < size; index++) {
      const first = firstDay[index]!;
      const last = lastDay[index]!;
      const mask = weekdayMask[index]!;
      const plainDay = plainDays[index] === 1;
      const offset = table.endDayOffset[index]!;
      const startMinute = table.startMinute[index]!;
      const endMinute = table.endMinute[index]!;
      if (
        offset === 1 &&
        today - 1 >= first &&
        today - 1 <= last &&
        (mask === 0 || (mask & yesterdayBit) !== 0) &&
        (plainDay || entries[index]!.passesRuleAndExdates(today - 1))
      ) {
        this.yesterdayStart[index] = instant(-1, startMinute);
        this.yesterdayEnd[index] = instant(0, endMinute);
      }
      if (
        today >= first &&
        today <= last &&
        (mask === 0 || (mask & todayBit) !== 0) &&
        (plainDay || entries[index]!.passesRuleAndExdates(today))
      ) {
        const start = instant(0, startMinute);
        const end = instant(offset, endMinute);
        // An occurrence a DST gap swallowed whole is no occurrence.
        if (start < end) {
          this.todayStart[index] = start;
          this.todayEnd[index] = end;
        }
      }
    }
  }
}
