import type { SearchWindow } from './entry-state.js';
import type { EntryTable } from './entry-table.js';
import { DAY_MS, isoWeekday, MINUTE_MS } from './local-day.js';

const EXCLUDED_YESTERDAY = 1;
const EXCLUDED_TODAY = 2;

/**
 * Every entry's occurrences around one local day (yesterday's crossing midnight, and today's),
 * computed once so that further instants of that day cost a few comparisons per entry.
 * NaN marks "no occurrence"; runs (ends joined with touching occurrences) fill in on demand.
 * The arrays are refilled, not reallocated, when the day changes.
 */
export class DayPlan {
  private window: SearchWindow | null = null;
  readonly yesterdayEnd: Float64Array;
  readonly todayStart: Float64Array;
  readonly todayEnd: Float64Array;
  readonly yesterdayRun: Float64Array;
  readonly todayRun: Float64Array;
  /** The entries with an occurrence yesterday or today, in table order: the rest idle all day. */
  readonly candidates: Int32Array;
  candidateCount = 0;
  /** Scratch marks of the entries whose exdates hold yesterday (1) or today (2). */
  private readonly excluded: Uint8Array;

  constructor(readonly table: EntryTable) {
    const { size } = table;
    this.yesterdayEnd = new Float64Array(size);
    this.todayStart = new Float64Array(size);
    this.todayEnd = new Float64Array(size);
    this.yesterdayRun = new Float64Array(size);
    this.todayRun = new Float64Array(size);
    this.candidates = new Int32Array(size);
    this.excluded = new Uint8Array(size);
  }

  /** Makes the plan answer for the zone and day of `window`, unless it already does. */
  prepare(window: SearchWindow): void {
    const previous = this.window;
    if (previous && previous.calendar === window.calendar && previous.today === window.today)
      return;
    this.window = window;
    const { table, yesterdayEnd, todayStart, todayEnd, candidates, excluded } = this;
    let candidateCount = 0;
    const { today } = window;
    this.yesterdayRun.fill(Number.NaN);
    this.todayRun.fill(Number.NaN);
    // The checks of EntryTable.isValidDay and SearchWindow.instant, unrolled for two known days.
    const yesterday = today - 1;
    // Exdates are looked up per day, not per entry: most entries have none on a given day.
    const excludedYesterday = table.excludedOn(yesterday);
    const excludedToday = table.excludedOn(today);
    for (const index of excludedYesterday) excluded[index]! |= EXCLUDED_YESTERDAY;
    for (const index of excludedToday) excluded[index]! |= EXCLUDED_TODAY;
    const todayBit = 1 << isoWeekday(today);
    const yesterdayBit = 1 << isoWeekday(yesterday);
    const plain = !Number.isNaN(window.offset);
    const midnight = today * DAY_MS - window.offset;
    const instant = (dayOffset: number, minute: number) =>
      plain
        ? midnight + dayOffset * DAY_MS + minute * MINUTE_MS
        : window.instant(today + dayOffset, minute);
    const { size, firstDay, lastDay, weekdayMask, ruleless, entries } = table;
    const { endDayOffset, startMinute, endMinute } = table;
    for (let index = 0; index < size; index++) {
      let toYesterdayEnd = Number.NaN;
      let start = Number.NaN;
      let end = Number.NaN;
      let occurs = false;
      const first = firstDay[index]!;
      const last = lastDay[index]!;
      // Most entries of a large schedule are outside their date range on both days.
      if (first <= today && last >= yesterday) {
        const mask = weekdayMask[index]!;
        const noRule = ruleless[index] === 1;
        const marks = excluded[index]!;
        const offset = endDayOffset[index]!;
        if (
          offset === 1 &&
          first <= yesterday &&
          (mask === 0 || (mask & yesterdayBit) !== 0) &&
          (noRule
            ? (marks & EXCLUDED_YESTERDAY) === 0
            : entries[index]!.passesRuleAndExdates(yesterday, window.calendar))
        ) {
          toYesterdayEnd = instant(0, endMinute[index]!);
          occurs = true;
        }
        if (
          last >= today &&
          (mask === 0 || (mask & todayBit) !== 0) &&
          (noRule
            ? (marks & EXCLUDED_TODAY) === 0
            : entries[index]!.passesRuleAndExdates(today, window.calendar))
        ) {
          start = instant(0, startMinute[index]!);
          end = instant(offset, endMinute[index]!);
          // A start a DST gap moved past its end keeps the window's length.
          if (end <= start) end = start + table.lengthMs(index);
          occurs = true;
        }
      }
      yesterdayEnd[index] = toYesterdayEnd;
      todayStart[index] = start;
      todayEnd[index] = end;
      if (occurs) candidates[candidateCount++] = index;
    }
    this.candidateCount = candidateCount;
    for (const index of excludedYesterday) excluded[index] = 0;
    for (const index of excludedToday) excluded[index] = 0;
  }
}
